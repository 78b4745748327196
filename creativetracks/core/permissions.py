"""Platform-wide roles every app asks about, as predicates.

Each answer is kept on the user object, so a page asking many times costs one query."""


def is_signed_in(user) -> bool:
    return getattr(user, "is_authenticated", False)


def is_platform_staff(user) -> bool:
    return is_signed_in(user) and user.is_staff


# Members of this group moderate the whole platform without being staff (moderation).
MODERATORS_GROUP = "Moderators"


def is_moderator(user) -> bool:
    """Platform staff, or a member of the `Moderators` group (kept on the user object)."""
    if not is_signed_in(user):
        return False
    if is_platform_staff(user):
        return True
    cached = getattr(user, "_is_moderator", None)
    if cached is None:
        cached = user.groups.filter(name=MODERATORS_GROUP).exists()
        user._is_moderator = cached
    return cached


def partner_ids_of(user) -> frozenset[int]:
    """The consortium partners the user works for (empty for visitors)."""
    if not is_signed_in(user):
        return frozenset()
    cached = getattr(user, "_partner_ids", None)
    if cached is None:
        cached = frozenset(user.partner_organisations.values_list("pk", flat=True))
        user._partner_ids = cached
    return cached


def is_partner_staff(user) -> bool:
    """Staff of a consortium partner: they organise events, publish and run challenges."""
    return bool(partner_ids_of(user))


def is_partner_staff_or_staff(user) -> bool:
    return is_platform_staff(user) or is_partner_staff(user)
