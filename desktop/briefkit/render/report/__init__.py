"""The Word report: writer, text, tables, its template loader."""
