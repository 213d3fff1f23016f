#!/usr/bin/env python3
"""Writes the *-libreoffice.xls(x) test files: each sheet as a flat OpenDocument file (.fods, typed cells),
converted to .xlsx by LibreOffice Calc itself. Run from this folder: python3 make_libreoffice_files.py
(needs `soffice`, e.g. apt-get install libreoffice-calc-nogui)."""
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape, quoteattr

FRAMEWORK = ("Bộ tiêu chí", [
    ["Mã", "Tên tiêu chí", "Điểm tối đa", "Cách chấm", "Tham số", "Đo bằng", "Tài liệu kiểm chứng", "Hướng dẫn",
     "Cho phép không áp dụng", "Cơ quan thẩm định"],
    ["1", "Công tác chỉ đạo, điều hành CCHC", 60],
    ["1.1", "Ban hành kế hoạch CCHC năm đúng hạn", 30, "YES_NO", None, None, "Kế hoạch CCHC năm"],
    ["1.2", "Tỷ lệ nhiệm vụ hoàn thành", 30, "RATIO", None, "Tự đánh giá", None, None, "Có"],
    ["2", "Mức độ hài lòng của người dân", 40],
    ["2.1", "Hài lòng về thủ tục hành chính", 40, None, None, "Điều tra xã hội học"],
    ["9", "Điểm thưởng", 2, "BONUS"],
])

AGENCIES = ("Cơ quan", [
    ["Mã", "Tên", "Loại", "Điện thoại"],
    ["AH-LO1", "Sở Thử nghiệm LibreOffice", "DEPARTMENT", 912345678],  # a number: Calc dropped the 0
    ["AH-LO2", "Xã Thử nghiệm LibreOffice", "UBND cấp xã", "0987654321"],
])

RESPONDENTS = ("Danh sách", [["STT", "Họ và tên", "Địa chỉ hoặc đơn vị công tác", "Số điện thoại"]]
               + [[i, "Người dân thứ %d" % i, "Thôn %d, xã Đông Hà" % i, "0913 %06d" % i] for i in range(1, 61)])

FILES = {
    "framework-libreoffice.xlsx": FRAMEWORK,
    "agencies-libreoffice.xlsx": AGENCIES,
    "respondents-libreoffice.xlsx": RESPONDENTS,
    # the old binary format, which every import refuses with its own message
    "agencies-libreoffice.xls": AGENCIES,
}
FILTERS = {".xlsx": "xlsx:Calc MS Excel 2007 XML", ".xls": "xls:MS Excel 97"}


def cell(value):
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, (int, float)):
        return '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (value, value)
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(value)


def fods(sheet, rows):
    body = "".join("<table:table-row>%s</table:table-row>" % "".join(cell(v) for v in row) for row in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:body><office:spreadsheet><table:table table:name=%s>%s</table:table>'
            '</office:spreadsheet></office:body></office:document>' % (quoteattr(sheet), body))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as work:
        for name, (sheet, rows) in FILES.items():
            base, extension = os.path.splitext(name)
            source = os.path.join(work, base + ".fods")
            with open(source, "w", encoding="utf-8") as out:
                out.write(fods(sheet, rows))
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + work + "/profile",
                            "--convert-to", FILTERS[extension], "--outdir", here, source], check=True)


if __name__ == "__main__":
    main()
