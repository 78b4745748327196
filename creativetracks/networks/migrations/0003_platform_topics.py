"""The platform-wide discussion topics every installation starts with."""

from django.db import migrations

TOPICS = [
    ("introductions", "Introductions", "Say who you are, what you make and what you are looking for."),
    ("funding", "Funding and grants", "Calls, grants, residencies and how to apply for them."),
    ("collaboration", "Calls for collaboration", "Looking for a co-producer, a designer, a venue? Ask here."),
    ("business-skills", "Business skills", "Pricing, contracts, intellectual property, taxes and growing a studio."),
    ("events-festivals", "Events and festivals", "What is on, who is going, and what you learnt there."),
]


def add_topics(apps, schema_editor):
    Topic = apps.get_model("networks", "Topic")
    for position, (slug, name, description) in enumerate(TOPICS):
        Topic.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )


def remove_topics(apps, schema_editor):
    Topic = apps.get_model("networks", "Topic")
    Topic.objects.filter(slug__in=[slug for slug, _, _ in TOPICS], threads__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("networks", "0002_discussions_invitations_imports")]

    operations = [migrations.RunPython(add_topics, remove_topics)]
