from django.forms import BaseForm
from django.http import HttpRequest
from django.template.response import TemplateResponse

# A form that comes back with errors is the client's mistake, so it is answered
# with 422 (the page still shows the form, the errors and what was typed).
INVALID_FORM_STATUS = 422


class InvalidFormStatusMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_template_response(self, request: HttpRequest, response: TemplateResponse):
        if request.method != "POST" or response.status_code != 200:
            return response
        for value in (response.context_data or {}).values():
            if isinstance(value, BaseForm) and value.is_bound and value.errors:
                response.status_code = INVALID_FORM_STATUS
                break
        return response
