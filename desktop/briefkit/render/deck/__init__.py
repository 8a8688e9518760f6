"""The PowerPoint deck: writer, pages, text, tables, native charts, its template loader."""
