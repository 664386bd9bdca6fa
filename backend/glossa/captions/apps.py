from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaptionsConfig(AppConfig):
    name = "glossa.captions"
    label = "captions"
    verbose_name = _("Captions")
