from django.urls import path

from . import views

urlpatterns = [
    path("reports/", views.report_dashboard, name="reports"),
    path("reports/report.xlsx", views.report_xlsx, name="report_xlsx"),
    path("reports/tables/<slug:key>/", views.report_table, name="report_table"),
    path("reports/tables/<slug:key>.csv", views.report_table_csv, name="report_table_csv"),
    path("reports/tables/<slug:key>.xlsx", views.report_table_xlsx, name="report_table_xlsx"),
    path("reports/pdf/", views.report_pdf_request, name="report_pdf_request"),
    path("reports/pdf/<uuid:pk>/", views.report_pdf_detail, name="report_pdf_detail"),
    path("reports/pdf/<uuid:pk>/download/", views.report_pdf_download, name="report_pdf_download"),
    path("impact/", views.impact, name="impact"),
]
