from django import forms

from .kinds import CHANNELS, KINDS


class PreferencesForm(forms.Form):
    """One choice of channel per kind of notification."""

    def __init__(self, *args, current: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for kind, spec in KINDS.items():
            self.fields[kind] = forms.ChoiceField(
                label=spec.label, choices=CHANNELS, initial=current.get(kind, spec.default)
            )
