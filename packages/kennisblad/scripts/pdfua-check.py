#!/usr/bin/python3
"""PDF/UA-1 checks we can make without veraPDF: the machine-checkable Matterhorn protocol points
reachable with pikepdf (Debian's python3-pikepdf, on qpdf). The README lists which points this
covers and which it cannot.

Usage: /usr/bin/python3 scripts/pdfua-check.py FILE.pdf [FILE.pdf ...]
Prints one line per failed check (Matterhorn point, page, what) and a summary per file; exits 1
when any file fails.
"""
import re
import sys

import pikepdf
from pikepdf import Name

# ISO 32000-1, 14.8.4: the standard structure types. We use no role map, so no other type is allowed.
STANDARD_TYPES = {
    'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index',
    'NonStruct', 'Private', 'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
    'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference',
    'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure',
    'Formula', 'Form',
}
# Operators that put marks on the page: text showing, path painting, images and shadings.
TEXT_OPS = {'Tj', 'TJ', "'", '"'}
PAINT_OPS = {'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'sh'}


class Report:
    def __init__(self, path):
        self.path = path
        self.failures = []
        self.checked = set()

    def check(self, point, ok, what):
        self.checked.add(point)
        if not ok:
            self.failures.append(f'{point}: {what}')


def check_document(pdf, report):
    root = pdf.Root
    report.check('06-001', '/Metadata' in root, 'no XMP metadata stream in the catalog')
    xmp = bytes(root.Metadata.read_bytes()).decode('utf-8') if '/Metadata' in root else ''
    report.check('06-002', re.search(r'<pdfuaid:part>1</pdfuaid:part>', xmp) is not None, 'no PDF/UA identifier (pdfuaid:part 1) in XMP')
    report.check('06-003', re.search(r'<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>[^<]+</rdf:li>', xmp) is not None, 'no dc:title in XMP')
    report.check('11-006', re.search(r'<dc:language>', xmp) is not None, 'no dc:language in XMP')
    report.check('07-001', bool(root.get('/ViewerPreferences', {}).get('/DisplayDocTitle', False)), 'DisplayDocTitle is not true')
    report.check('11-006', bool(str(root.get('/Lang', ''))), 'no natural language (Lang) in the catalog')
    mark_info = root.get('/MarkInfo', {})
    report.check('01 MarkInfo', bool(mark_info.get('/Marked', False)), 'MarkInfo Marked is not true')
    report.check('01-007', not bool(mark_info.get('/Suspects', False)), 'MarkInfo Suspects is true')
    report.check('01 structure', '/StructTreeRoot' in root, 'no structure tree')
    report.check('02-003', '/RoleMap' not in root.get('/StructTreeRoot', {}), 'role map present (only standard types are used)')
    report.check('PDF 1.7', pdf.pdf_version >= '1.7', f'PDF version {pdf.pdf_version}, expected 1.7')


def walk_structure(pdf, report):
    """Checks the tree's types, nesting, headings, figures, tables, notes and links."""
    tree = pdf.Root.get('/StructTreeRoot')
    if tree is None:
        return set(), set()
    marked = set()  # (page objgen, mcid) referenced from the tree
    annotations = set()  # objgen of annotations referenced from the tree
    headings = []
    note_ids = []
    pages = {page.objgen: index + 1 for index, page in enumerate(pdf.pages)}

    def visit(element, parent_type, page):
        kind = str(element.get('/S', ''))[1:]
        page = element.get('/Pg', page)
        report.check('02-001', kind in STANDARD_TYPES, f'non-standard structure type {kind}')
        if kind in ('H1', 'H2', 'H3', 'H4', 'H5', 'H6'):
            headings.append(int(kind[1]))
        if kind == 'Figure':
            report.check('13-004', bool(str(element.get('/Alt', '')).strip()), 'Figure without alternative text')
        if kind == 'Note':
            note_ids.append(str(element.get('/ID', '')))
        if kind in ('TR',):
            report.check('09-004 table', parent_type in ('Table', 'THead', 'TBody', 'TFoot'), f'TR inside {parent_type}')
        if kind in ('TH', 'TD'):
            report.check('09-004 table', parent_type == 'TR', f'{kind} inside {parent_type}')
        if kind == 'TH':
            scope = element.get('/A', {}).get('/Scope') if isinstance(element.get('/A'), pikepdf.Dictionary) else None
            report.check('15-003', scope is not None or parent_type == 'TR', 'TH without scope')
        if kind == 'LI':
            report.check('09-005 list', parent_type == 'L', f'LI inside {parent_type}')
        if kind in ('Lbl', 'LBody'):
            report.check('09-005 list', parent_type == 'LI', f'{kind} inside {parent_type}')
        kids = element.get('/K')
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                marked.add((page.objgen if page is not None else None, int(kid)))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get('/Type') == Name.MCR:
                marked.add((kid.Pg.objgen, int(kid.MCID)))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get('/Type') == Name.OBJR:
                annotations.add(kid.Obj.objgen)
                report.check('28-011', kind in ('Link', 'Annot', 'Form'), f'annotation inside {kind}, not in a Link')
            elif isinstance(kid, pikepdf.Dictionary):
                visit(kid, kind, page)

    root_kids = tree.get('/K')
    if not isinstance(root_kids, pikepdf.Array):
        root_kids = [root_kids]
    for kid in root_kids:
        visit(kid, 'StructTreeRoot', None)
    report.check('01 structure', bool(root_kids) and str(root_kids[0].get('/S')) == '/Document', 'the tree does not start with Document')
    if headings:
        report.check('14-002', headings[0] == 1, f'first heading is H{headings[0]}, not H1')
        for previous, current in zip(headings, headings[1:]):
            report.check('14-003', current <= previous + 1, f'heading level skips from H{previous} to H{current}')
    report.check('19-003', all(note_ids), 'Note without ID')
    report.check('19-004', len(note_ids) == len(set(note_ids)), 'Note IDs are not unique')
    del pages
    return marked, annotations


def check_pages(pdf, report, marked, annotations_in_tree):
    for number, page in enumerate(pdf.pages, start=1):
        annots = page.obj.get('/Annots', [])
        report.check('28-009', page.obj.get('/Tabs') == Name.S, f'page {number}: Tabs is not /S')
        for annot in annots:
            if annot.get('/Subtype') == Name.Link:
                report.check('28-011', annot.objgen in annotations_in_tree, f'page {number}: link annotation not in the structure tree')
                report.check('28-012', bool(str(annot.get('/Contents', '')).strip()), f'page {number}: link annotation without Contents')
        stack = []  # ('artifact' | 'mcid' | 'other', mcid)
        unmarked = 0
        mcids = set()
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == 'BMC':
                stack.append(('artifact' if operands[0] == Name.Artifact else 'other', None))
            elif op == 'BDC':
                props = operands[1]
                if operands[0] == Name.Artifact:
                    stack.append(('artifact', None))
                elif isinstance(props, pikepdf.Dictionary) and '/MCID' in props:
                    mcid = int(props.MCID)
                    mcids.add(mcid)
                    stack.append(('mcid', mcid))
                else:
                    stack.append(('other', None))
            elif op == 'EMC':
                if stack:
                    stack.pop()
                else:
                    report.check('01 syntax', False, f'page {number}: EMC without BMC/BDC')
            elif op in TEXT_OPS or op in PAINT_OPS:
                if not any(kind in ('artifact', 'mcid') for kind, _ in stack):
                    unmarked += 1
                elif any(kind == 'artifact' for kind, _ in stack) and any(kind == 'mcid' for kind, _ in stack):
                    report.check('01-003', False, f'page {number}: artifact inside tagged content')
        report.check('01-005', unmarked == 0, f'page {number}: {unmarked} drawing operators neither tagged nor artifact')
        report.check('01 syntax', not stack, f'page {number}: marked content left open')
        orphans = [mcid for mcid in mcids if (page.objgen, mcid) not in marked]
        report.check('01 structure', not orphans, f'page {number}: marked content {orphans[:5]} not referenced from the structure tree')


def check_fonts(pdf, report):
    seen = set()
    for number, page in enumerate(pdf.pages, start=1):
        fonts = page.obj.get('/Resources', {}).get('/Font', {})
        for name, font in fonts.items():
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            base = str(font.get('/BaseFont', name))
            report.check('31 ToUnicode', '/ToUnicode' in font, f'font {base} has no ToUnicode map')
            descendants = font.get('/DescendantFonts')
            descriptor = (descendants[0] if descendants else font).get('/FontDescriptor')
            embedded = descriptor is not None and any(key in descriptor for key in ('/FontFile', '/FontFile2', '/FontFile3'))
            report.check('31 embedded', embedded, f'font {base} is not embedded')


def check(path):
    report = Report(path)
    with pikepdf.open(path) as pdf:
        check_document(pdf, report)
        marked, annotations = walk_structure(pdf, report)
        check_pages(pdf, report, marked, annotations)
        check_fonts(pdf, report)
    return report


def main(paths):
    failed = False
    for path in paths:
        report = check(path)
        for failure in report.failures:
            print(f'{path}: FAIL {failure}')
        points = ', '.join(sorted(report.checked))
        status = 'FAIL' if report.failures else 'PASS'
        print(f'{path}: {status} ({len(report.failures)} failures; checked {points})')
        failed = failed or bool(report.failures)
    return 1 if failed else 0


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print(__doc__.strip())
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
