"""What the Word report and the PowerPoint deck share: opening and checking an Office package,
text fitting, XML helpers, PDF via LibreOffice."""
