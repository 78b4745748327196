from django.db import migrations
from django.utils.text import slugify


def create_missing_profiles(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    Profile = apps.get_model("profiles", "Profile")
    taken = set(Profile.objects.values_list("handle", flat=True))
    for user in User.objects.filter(profile__isnull=True):
        name = user.display_name or user.email.split("@")[0]
        stem = slugify(name)[:40] or "member"
        handle, n = stem, 1
        while handle in taken:
            n += 1
            handle = f"{stem}-{n}"
        taken.add(handle)
        Profile.objects.create(user=user, display_name=name, handle=handle)


class Migration(migrations.Migration):
    dependencies = [("profiles", "0001_initial"), ("accounts", "0001_initial")]
    operations = [migrations.RunPython(create_missing_profiles, migrations.RunPython.noop)]
