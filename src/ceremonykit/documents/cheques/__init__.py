"""Giant presentation cheques: designs, layout, print PDF, PNG preview and print checks.

Flow: ``design`` (JSON) + ``content`` (texts of one winner) -> ``layout`` (``shapes`` in mm)
-> ``checks`` (safety margin, logo dpi), ``pdf_draw`` (print PDF) -> ``png_render`` (preview).
"""
