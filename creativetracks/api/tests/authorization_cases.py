from creativetracks.core.testing import Case


def cases(ctx) -> dict[str, list[Case]]:
    return {}
