#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "creativetracks.settings")
    # manage.py is the developer's tool: development mode unless DEBUG says otherwise.
    # Servers start through wsgi/asgi, where DEBUG is off and SECRET_KEY required.
    os.environ.setdefault("DEBUG", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
