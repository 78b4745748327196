"""The PDF certificate of an awarded entry (fpdf2, pure Python, core fonts)."""

from django.utils.formats import date_format
from fpdf import FPDF

from creativetracks.core.text import latin1

from .models import Challenge, Submission, TeamMember


def certificate_pdf(challenge: Challenge, entry: Submission) -> bytes:
    names = [entry.lead.profile.display_name] + [
        m.user.profile.display_name
        for m in entry.team.all()
        if m.status == TeamMember.Status.ACCEPTED
    ]
    award = entry.get_award_display()
    if entry.prize:
        award = f"{award}: {entry.prize.title}"
    when = challenge.results_published_at or challenge.review_ends_at
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_author(str(challenge.organiser))
    pdf.set_title(latin1(f"{challenge.title}: {award}"))
    pdf.add_page()
    pdf.set_draw_color(90, 60, 160)
    pdf.set_line_width(2)
    pdf.rect(10, 10, 277, 190)
    pdf.set_font("Helvetica", "", 14)
    pdf.set_y(30)
    pdf.cell(0, 10, "CREATIVE TRACKS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 30)
    pdf.cell(0, 20, "Certificate", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 16)
    pdf.cell(0, 12, latin1(award), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(0, 14, latin1(", ".join(names)), align="C", new_x="LMARGIN", new_y="NEXT")
    if entry.represents:
        pdf.set_font("Helvetica", "", 14)
        pdf.cell(
            0,
            10,
            latin1(f"representing {entry.represents}"),
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
    pdf.set_font("Helvetica", "I", 16)
    pdf.multi_cell(0, 10, latin1(f'for "{entry.title}"'), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 14)
    pdf.ln(6)
    pdf.cell(0, 10, latin1(challenge.title), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        10,
        latin1(
            f"Organised by {challenge.organiser} · {date_format(when.astimezone(challenge.zone), 'j F Y')}"
        ),
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())
