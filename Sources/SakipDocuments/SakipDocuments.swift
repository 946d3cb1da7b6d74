/// SakipDocuments writes the documents an office files: the LKj, the PK and the RKT as DOCX, every LKj
/// table as XLSX, and PDF through LibreOffice. Documents are built from core values only, so identical
/// data gives identical bytes.
public enum SakipDocuments {}
