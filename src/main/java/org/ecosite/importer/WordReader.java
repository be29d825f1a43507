package org.ecosite.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.namespace.QName;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The only Apache POI code: reads a Word file (.docx) into the lines the text importer reads, so
 * the outline, the header and the proposed figures are found by the same code for both.
 *
 * <p>What is published is what Word shows with every tracked change accepted: inserted text is
 * kept, deleted text never read; comments (批注) are never read, and the text they are attached to
 * is named in the draft for the editor to settle. Hidden text, field codes, page numbers, a table of
 * contents, bookmarks, page headers and footers are left out. The paragraph is walked as XML,
 * because POI's own text of a paragraph includes deleted text and field codes.
 */
final class WordReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName ID = new QName(W, "id");
    private static final QName TYPE = new QName(W, "type");
    private static final QName FIELD_CHAR_TYPE = new QName(W, "fldCharType");
    private static final QName INSTR = new QName(W, "instr");

    private static final Pattern HEADING_STYLE = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");
    private static final Pattern TOC_STYLE = Pattern.compile("^(?:toc|目录)\\s*\\d*$|^toc heading$");
    private static final Pattern TABLE_CAPTION = Pattern.compile("^表\\s*\\d+");
    private static final Pattern FIGURE_CAPTION = Pattern.compile("^图\\s*\\d+");
    /** Fields whose result is no text of the report: page numbers, references to pages, a table of contents. */
    private static final Pattern DROPPED_FIELD = Pattern.compile("^\\s*(?:PAGE|NUMPAGES|SECTIONPAGES|PAGEREF|TOC)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private WordReader() {
    }

    /** True when the bytes are a Word 2007+ document: a zip holding word/document.xml. */
    static boolean isDocx(byte[] bytes) {
        if (FileMagic.valueOf(bytes) != FileMagic.OOXML) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /**
     * Why a file cannot be imported, as a message key, when its content shows it is a format that is
     * no .docx and no plain text: Word 97–2003 or WPS (both OLE2), PDF, a web page, RTF, another zip.
     */
    static Optional<String> refusal(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return Optional.empty(); // UTF-16 text ("Unicode text" in Word's Save As)
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        switch (magic) {
            case OLE2:
                return Optional.of("cli.import_doc");
            case PDF:
                return Optional.of("cli.import_pdf");
            case HTML:
            case XML:
                return Optional.of("cli.import_html");
            case RTF:
                return Optional.of("cli.import_rtf");
            case OOXML:
                return isDocx(bytes) ? Optional.empty() : Optional.of("cli.import_zip");
            default:
                break;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        if (start.startsWith("<html") || start.startsWith("<!doctype html") || start.startsWith("mime-version:")) {
            return Optional.of("cli.import_html");
        }
        return Optional.empty();
    }

    /**
     * Reads a .docx file.
     *
     * @param pictureUrl the address its pictures will have, ending in '/'; empty to leave them out
     */
    static WordDocument read(byte[] bytes, Optional<String> pictureUrl) throws TextImporter.Refused {
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI says a damaged package with unchecked exceptions of its own: the file, not the program, is wrong.
            throw new TextImporter.Refused("cli.import_docx_broken");
        }
        try (doc) {
            return new Walker(doc, pictureUrl).document();
        } catch (IOException e) {
            throw new TextImporter.Refused("cli.import_docx_broken");
        }
    }

    /** A piece of a paragraph's text: a run's text with its emphasis, a footnote reference, or a line break. */
    private record Piece(String text, boolean bold, boolean italic, boolean reference) {
        static final Piece BREAK = new Piece("\n", false, false, true);
    }

    /** An open field: its code so far, and whether its result (what Word shows) has started. */
    private static final class Field {
        final StringBuilder code = new StringBuilder();
        boolean result;
    }

    /** A comment's place and the text it is attached to. */
    private record Comment(int paragraph, StringBuilder text) {
    }

    /** One pass over the document, with the state that crosses paragraphs: fields, comments, numbering. */
    private static final class Walker {
        private final XWPFDocument doc;
        private final Optional<String> pictureUrl;
        private final List<SourceLine> lines = new ArrayList<>();
        private final List<Integer> pictureLines = new ArrayList<>();
        private final List<String> references = new ArrayList<>();
        private final List<ImageFile> images = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Deque<Field> fields = new ArrayDeque<>();
        private final Map<String, Comment> comments = new LinkedHashMap<>();
        private final List<Comment> openComments = new ArrayList<>();
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private int paragraph;
        private int insertions;
        private int deletions;
        private int hidden;
        private final List<Integer> droppedPictures = new ArrayList<>();
        private final List<Integer> unviewablePictures = new ArrayList<>();

        Walker(XWPFDocument doc, Optional<String> pictureUrl) {
            this.doc = doc;
            this.pictureUrl = pictureUrl;
        }

        WordDocument document() {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (element instanceof XWPFTable t) {
                    table(t);
                } else if (element instanceof XWPFSDT sdt) {
                    contentControl(sdt);
                }
            }
            captions();
            return new WordDocument(lines, footnotes(), images, notes());
        }

        // ---- paragraphs

        private void paragraph(XWPFParagraph p) {
            List<Piece> pieces = new ArrayList<>();
            List<ImageFile> pictures = new ArrayList<>();
            List<String> alts = new ArrayList<>();
            walk(p.getCTP(), p, pieces, pictures, alts);
            String style = styleName(p.getStyleID());
            List<String> texts = render(pieces);
            if (TOC_STYLE.matcher(style).matches() || texts.isEmpty() && pictures.isEmpty()) {
                return;
            }
            paragraph++;
            int level = headingLevel(p);
            Optional<BigInteger[]> numbering = numbering(p);
            String number = numbering.map(n -> numberText(n[0], n[1].intValue())).orElse("");
            String format = numbering.map(n -> format(n[0], n[1].intValue())).orElse("");
            String joined = String.join("", texts);
            if (level > 0 && !texts.isEmpty()) {
                String text = number + joined;
                if (Outline.numbered(Inline.plain(text))) {
                    lines.add(new SourceLine(paragraph, Inline.leadPlain(text)));
                } else {
                    lines.add(new SourceLine(paragraph, Inline.plain(text),
                            Optional.of(new Block.Heading(level, text, paragraph))));
                }
            } else if (!number.isEmpty() && !texts.isEmpty()) {
                String joinedPlain = Inline.plain(joined);
                if (format.equals("bullet")) {
                    lines.add(new SourceLine(paragraph, joinedPlain, Optional.of(new Block.Bullet(joined, paragraph))));
                } else if (format.startsWith("chinese") || format.startsWith("ideograph")
                        || format.contains("Counting")) {
                    // An outline number Word counts itself (一、 （一）): written out, and read as typed ones are.
                    lines.add(new SourceLine(paragraph, Inline.leadPlain(number + joined)));
                } else {
                    lines.add(new SourceLine(paragraph, joinedPlain, Optional.of(new Block.Item(
                            counters.get(numbering.get()[0])[numbering.get()[1].intValue()], joined, paragraph))));
                }
            } else {
                for (String text : texts) {
                    // A numbered line is a heading to the outline; its bold lead sentence is its heading.
                    lines.add(new SourceLine(paragraph,
                            Outline.numbered(Inline.plain(text)) ? Inline.leadPlain(text) : text));
                }
            }
            for (int i = 0; i < pictures.size(); i++) {
                pictureLines.add(lines.size());
                ImageFile image = pictures.get(i);
                lines.add(new SourceLine(paragraph, "", Optional.of(new Block.Picture(
                        pictureUrl.orElse("") + image.name(), alts.get(i), paragraph))));
            }
        }

        /** Walks the children of a paragraph (or of an insertion, hyperlink, content control inside it). */
        private void walk(XmlObject container, XWPFParagraph p, List<Piece> pieces, List<ImageFile> pictures,
                          List<String> alts) {
            try (XmlCursor c = container.newCursor()) {
                if (!c.toFirstChild()) {
                    return;
                }
                do {
                    if (!W.equals(c.getName().getNamespaceURI())) {
                        continue;
                    }
                    switch (c.getName().getLocalPart()) {
                        case "r" -> {
                            if (c.getObject() instanceof CTR r) {
                                run(r, p, pieces, pictures, alts);
                            }
                        }
                        case "ins", "moveTo" -> {
                            insertions++;
                            walk(c.getObject(), p, pieces, pictures, alts);
                        }
                        case "del", "moveFrom" -> deletions++;
                        case "fldSimple" -> {
                            String code = c.getAttributeText(INSTR);
                            if (code == null || !DROPPED_FIELD.matcher(code).find()) {
                                walk(c.getObject(), p, pieces, pictures, alts);
                            }
                        }
                        case "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "dir", "bdo" ->
                                walk(c.getObject(), p, pieces, pictures, alts);
                        case "commentRangeStart" -> {
                            Comment comment = comments.computeIfAbsent(c.getAttributeText(ID),
                                    k -> new Comment(paragraph + 1, new StringBuilder()));
                            openComments.add(comment);
                        }
                        case "commentRangeEnd" -> openComments.remove(comments.get(c.getAttributeText(ID)));
                        default -> {
                            // paragraph properties, bookmarks, proofing marks, permissions: nothing to read
                        }
                    }
                } while (c.toNextSibling());
            }
        }

        private void run(CTR r, XWPFParagraph p, List<Piece> pieces, List<ImageFile> pictures, List<String> alts) {
            XWPFRun run = new XWPFRun(r, p);
            boolean vanish = run.isVanish();
            boolean bold = run.isBold();
            boolean italic = run.isItalic();
            boolean pictured = false;
            try (XmlCursor c = r.newCursor()) {
                if (!c.toFirstChild()) {
                    return;
                }
                do {
                    if (!W.equals(c.getName().getNamespaceURI())) {
                        continue;
                    }
                    String name = c.getName().getLocalPart();
                    switch (name) {
                        case "fldChar" -> field(c.getAttributeText(FIELD_CHAR_TYPE));
                        case "instrText" -> {
                            if (!fields.isEmpty() && !fields.peek().result) {
                                fields.peek().code.append(c.getTextValue());
                            }
                        }
                        case "t" -> text(c.getTextValue(), bold, italic, vanish, pieces);
                        case "tab" -> text(" ", false, false, vanish, pieces);
                        case "noBreakHyphen" -> text("-", bold, italic, vanish, pieces);
                        case "br" -> {
                            String type = c.getAttributeText(TYPE);
                            if ((type == null || type.equals("textWrapping")) && shown() && !vanish) {
                                pieces.add(Piece.BREAK);
                            }
                        }
                        case "cr" -> {
                            if (shown() && !vanish) {
                                pieces.add(Piece.BREAK);
                            }
                        }
                        case "footnoteReference", "endnoteReference" -> {
                            if (shown() && !vanish) {
                                references.add(name.charAt(0) + c.getAttributeText(ID));
                                pieces.add(new Piece(Inline.note(references.size()), false, false, true));
                            }
                        }
                        case "drawing", "pict", "object" -> {
                            if (!pictured && shown() && !vanish) {
                                pictured = true;
                                pictures(run, pictures, alts);
                            }
                        }
                        default -> {
                            // run properties, deleted text, symbols from symbol fonts, page-break marks
                        }
                    }
                } while (c.toNextSibling());
            }
        }

        private void field(String type) {
            if ("begin".equals(type)) {
                fields.push(new Field());
            } else if ("separate".equals(type) && !fields.isEmpty()) {
                fields.peek().result = true;
            } else if ("end".equals(type) && !fields.isEmpty()) {
                fields.pop();
            }
        }

        /** True when text at this point is shown: outside field codes and the results of dropped fields. */
        private boolean shown() {
            for (Field f : fields) {
                if (!f.result || DROPPED_FIELD.matcher(f.code).find()) {
                    return false;
                }
            }
            return true;
        }

        private void text(String text, boolean bold, boolean italic, boolean vanish, List<Piece> pieces) {
            if (text == null || text.isEmpty() || !shown()) {
                return;
            }
            if (vanish) {
                hidden++;
                return;
            }
            pieces.add(new Piece(text, bold, italic, false));
            for (Comment comment : openComments) {
                comment.text().append(text);
            }
        }

        private void pictures(XWPFRun run, List<ImageFile> pictures, List<String> alts) {
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                XWPFPictureData data = picture.getPictureData();
                if (data == null) {
                    continue;
                }
                if (pictureUrl.isEmpty()) {
                    droppedPictures.add(paragraph + 1);
                    continue;
                }
                String extension = data.suggestFileExtension().toLowerCase(Locale.ROOT);
                if (!List.of("png", "jpeg", "jpg", "gif", "svg", "webp").contains(extension)) {
                    unviewablePictures.add(paragraph + 1);
                }
                ImageFile image = new ImageFile("image" + (images.size() + 1) + "." + extension, data.getData());
                images.add(image);
                pictures.add(image);
                String description = picture.getDescription();
                alts.add(description == null ? "" : description.strip());
            }
        }

        /**
         * The lines of a paragraph (a manual line break starts a new one), each with its emphasis marked,
         * the indentation and spaces at its ends taken off; empty lines left out.
         */
        private static List<String> render(List<Piece> pieces) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i <= pieces.size()) {
                Piece piece = i < pieces.size() ? pieces.get(i) : Piece.BREAK;
                if (piece == Piece.BREAK) {
                    String text = line.toString().strip();
                    if (!Inline.plain(text).isBlank()) {
                        lines.add(text);
                    }
                    line.setLength(0);
                    i++;
                    continue;
                }
                if (piece.reference()) {
                    line.append(piece.text());
                    i++;
                    continue;
                }
                // Neighbouring runs in the same emphasis are one span.
                StringBuilder span = new StringBuilder(piece.text());
                int j = i + 1;
                while (j < pieces.size() && !pieces.get(j).reference() && pieces.get(j).bold() == piece.bold()
                        && pieces.get(j).italic() == piece.italic()) {
                    span.append(pieces.get(j).text());
                    j++;
                }
                String text = span.toString();
                if (piece.italic()) {
                    text = Inline.span(text, Inline.ITALIC);
                }
                if (piece.bold()) {
                    text = Inline.span(text, Inline.BOLD);
                }
                line.append(text);
                i = j;
            }
            return lines;
        }

        // ---- headings and numbering

        private String styleName(String id) {
            XWPFStyles styles = doc.getStyles();
            if (id == null || styles == null || styles.getStyle(id) == null) {
                return "";
            }
            String name = styles.getStyle(id).getName();
            return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        }

        /** 1 for Heading 1 (标题 1) or outline level 1, and so on; 0 for body text. */
        private int headingLevel(XWPFParagraph p) {
            CTPPr own = p.getCTP().getPPr();
            if (own != null && own.isSetOutlineLvl()) {
                int level = own.getOutlineLvl().getVal().intValue();
                return level < 9 ? level + 1 : 0;
            }
            String id = p.getStyleID();
            XWPFStyles styles = doc.getStyles();
            for (int depth = 0; id != null && styles != null && depth < 10; depth++) {
                XWPFStyle style = styles.getStyle(id);
                if (style == null) {
                    break;
                }
                Matcher named = HEADING_STYLE.matcher(style.getName() == null ? ""
                        : style.getName().strip().toLowerCase(Locale.ROOT));
                if (named.matches()) {
                    return Integer.parseInt(named.group(1));
                }
                CTPPrGeneral ppr = style.getCTStyle().getPPr();
                if (ppr != null && ppr.isSetOutlineLvl()) {
                    int level = ppr.getOutlineLvl().getVal().intValue();
                    return level < 9 ? level + 1 : 0;
                }
                id = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
            }
            return 0;
        }

        /** The list a paragraph is numbered in, and its level: its own, else its style's. */
        private Optional<BigInteger[]> numbering(XWPFParagraph p) {
            CTPPr own = p.getCTP().getPPr();
            CTNumPr numPr = own != null && own.isSetNumPr() ? own.getNumPr() : null;
            String id = p.getStyleID();
            XWPFStyles styles = doc.getStyles();
            for (int depth = 0; numPr == null && id != null && styles != null && depth < 10; depth++) {
                XWPFStyle style = styles.getStyle(id);
                if (style == null) {
                    break;
                }
                CTPPrGeneral ppr = style.getCTStyle().getPPr();
                numPr = ppr != null && ppr.isSetNumPr() ? ppr.getNumPr() : null;
                id = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
            }
            if (numPr == null || !numPr.isSetNumId() || numPr.getNumId().getVal().signum() == 0) {
                return Optional.empty();
            }
            BigInteger level = numPr.isSetIlvl() ? numPr.getIlvl().getVal() : BigInteger.ZERO;
            if (level(numPr.getNumId().getVal(), level.intValue()).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new BigInteger[] {numPr.getNumId().getVal(), level});
        }

        private Optional<CTLvl> level(BigInteger numId, int ilvl) {
            XWPFNumbering numbering = doc.getNumbering();
            if (numbering == null) {
                return Optional.empty();
            }
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return Optional.empty();
            }
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum == null) {
                return Optional.empty();
            }
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == ilvl) {
                    return Optional.of(lvl);
                }
            }
            return Optional.empty();
        }

        private String format(BigInteger numId, int ilvl) {
            return level(numId, ilvl).filter(CTLvl::isSetNumFmt).map(l -> l.getNumFmt().getVal().toString())
                    .orElse("decimal");
        }

        /** Counts the paragraph in its list and writes its number as Word shows it: 一、 （二） 3. */
        private String numberText(BigInteger numId, int ilvl) {
            int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
            if (ilvl < 0 || ilvl >= count.length) {
                return "";
            }
            int start = level(numId, ilvl).filter(CTLvl::isSetStart).map(l -> l.getStart().getVal().intValue())
                    .orElse(1);
            count[ilvl] = count[ilvl] == 0 ? start : count[ilvl] + 1;
            for (int deeper = ilvl + 1; deeper < count.length; deeper++) {
                count[deeper] = 0;
            }
            if (format(numId, ilvl).equals("bullet")) {
                return "•";
            }
            String pattern = level(numId, ilvl).filter(CTLvl::isSetLvlText).map(l -> l.getLvlText().getVal())
                    .orElse("%" + (ilvl + 1) + ".");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char ch = pattern.charAt(i);
                if (ch == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                    int at = pattern.charAt(++i) - '1';
                    int value = at >= 0 && at < count.length ? Math.max(count[at], 1) : 1;
                    String fmt = format(numId, Math.max(at, 0));
                    out.append(fmt.startsWith("chinese") || fmt.contains("Counting") || fmt.startsWith("ideograph")
                            ? chinese(value) : String.valueOf(value));
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        }

        /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十: the numbering official documents use. */
        private static String chinese(int n) {
            if (n <= 0 || n >= 100) {
                return String.valueOf(n);
            }
            if (n < 10) {
                return String.valueOf(CHINESE_DIGITS.charAt(n));
            }
            return (n / 10 == 1 ? "" : String.valueOf(CHINESE_DIGITS.charAt(n / 10))) + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(CHINESE_DIGITS.charAt(n % 10)));
        }

        // ---- tables, pictures, captions

        private void table(XWPFTable table) {
            List<List<String>> rows = new ArrayList<>();
            boolean tableMerged = false;
            boolean nested = false;
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                List<String> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
                for (XWPFTableCell cell : row.getTableCells()) {
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = pr != null && pr.isSetGridSpan() ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
                    String text;
                    if (pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART) {
                        text = cells.size() < above.size() ? above.get(cells.size()) : "";
                        tableMerged = true;
                    } else {
                        text = cellText(cell);
                    }
                    nested |= !cell.getTables().isEmpty();
                    for (int k = 0; k < span; k++) {
                        cells.add(text);
                    }
                    tableMerged |= span > 1;
                }
                rows.add(cells);
            }
            int width = rows.stream().mapToInt(List::size).max().orElse(0);
            if (width == 0) {
                return;
            }
            for (List<String> row : rows) {
                while (row.size() < width) {
                    row.add("");
                }
            }
            paragraph++;
            if (tableMerged) {
                notes.add("原文第" + paragraph + "段的表格有合并单元格：导入时把合并格的内容写进了它所占的每一格，请核对。");
            }
            if (nested) {
                notes.add("原文第" + paragraph + "段的表格里还套着表格：里面的表格没有导入，请补上。");
            }
            String text = String.join(" ", rows.stream().map(r -> String.join(" ", r)).toList());
            lines.add(new SourceLine(paragraph, text, Optional.of(new Block.Table(rows, paragraph))));
        }

        private String cellText(XWPFTableCell cell) {
            return plainText(cell.getParagraphs(), "第" + (paragraph + 1) + "段的表格");
        }

        /**
         * The plain text of paragraphs inside a table cell or a footnote, which hold text only: a picture
         * there is left out and named in a note.
         */
        private String plainText(List<XWPFParagraph> paragraphs, String where) {
            List<String> parts = new ArrayList<>();
            for (XWPFParagraph p : paragraphs) {
                List<Piece> pieces = new ArrayList<>();
                List<ImageFile> pictures = new ArrayList<>();
                walk(p.getCTP(), p, pieces, pictures, new ArrayList<>());
                render(pieces).stream().map(Inline::plain).forEach(parts::add);
                if (!pictures.isEmpty()) {
                    images.removeAll(pictures);
                    notes.add("原文" + where + "里有图片，没有导入：请把图片放到表格或脚注之外。");
                }
            }
            return String.join(" ", parts).strip();
        }

        private void contentControl(XWPFSDT sdt) {
            String text = sdt.getContent() == null ? "" : sdt.getContent().getText();
            List<String> parts = text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (parts.isEmpty() || parts.get(0).replace(" ", "").matches("目录|(?i)contents|table of contents")) {
                return; // a table of contents: its page numbers mean nothing on a web page
            }
            for (String part : parts) {
                paragraph++;
                lines.add(new SourceLine(paragraph, part));
            }
        }

        /**
         * A caption "表1 …" after its table moves before it, where tables are captioned; a caption "图1 …"
         * next to a picture becomes its text alternative.
         */
        private void captions() {
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (lines.get(i).block().orElse(null) instanceof Block.Table
                        && lines.get(i + 1).block().isEmpty()
                        && TABLE_CAPTION.matcher(Inline.plain(lines.get(i + 1).text())).find()
                        && !(i > 0 && TABLE_CAPTION.matcher(Inline.plain(lines.get(i - 1).text())).find())) {
                    lines.add(i, lines.remove(i + 1));
                    i++;
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!(lines.get(i).block().orElse(null) instanceof Block.Picture picture)) {
                    continue;
                }
                int at = i;
                Optional<String> caption = caption(at + 1, 1).or(() -> caption(at - 1, -1));
                String alt = caption.orElse(picture.alt().isEmpty() ? "图片" : picture.alt());
                if (caption.isEmpty() && picture.alt().isEmpty()) {
                    notes.add("原文第" + picture.line() + "段的图片没有图题（“图1 …”）：请在“![图片]”的方括号里写明图片的内容，"
                            + "供看不到图片的读者使用。");
                }
                lines.set(i, new SourceLine(lines.get(i).number(), "", Optional.of(
                        new Block.Picture(picture.url(), alt, picture.line()))));
            }
        }

        /** The caption at line {@code i} or past other pictures in direction {@code step}. */
        private Optional<String> caption(int i, int step) {
            while (i >= 0 && i < lines.size() && lines.get(i).block().orElse(null) instanceof Block.Picture) {
                i += step;
            }
            if (i < 0 || i >= lines.size() || lines.get(i).block().isPresent()) {
                return Optional.empty();
            }
            String text = Inline.plain(lines.get(i).text()).strip();
            return FIGURE_CAPTION.matcher(text).find() ? Optional.of(text) : Optional.empty();
        }

        // ---- footnotes and what the editor is told

        private List<String> footnotes() {
            List<String> texts = new ArrayList<>();
            for (String reference : references) {
                int id = Integer.parseInt(reference.substring(1));
                List<XWPFParagraph> paragraphs = reference.charAt(0) == 'f'
                        ? Optional.ofNullable(doc.getFootnoteByID(id)).map(n -> n.getParagraphs()).orElse(List.of())
                        : Optional.ofNullable(doc.getEndnoteByID(id)).map(n -> n.getParagraphs()).orElse(List.of());
                texts.add(plainText(paragraphs, "第" + (texts.size() + 1) + "个脚注"));
            }
            return texts;
        }

        private List<String> notes() {
            List<String> all = new ArrayList<>();
            if (insertions + deletions > 0) {
                all.add("原文有修订（" + insertions + " 处插入、" + deletions + " 处删除）：已按“接受所有修订”导入，删除的文字没有导入。"
                        + "请对照 Word 中的修订核对。");
            }
            comments.forEach((id, comment) -> {
                XWPFComment word = doc.getCommentByID(id);
                String said = word == null || word.getText() == null ? "" : word.getText().strip();
                all.add("原文第" + comment.paragraph() + "段“" + shorten(comment.text().toString()) + "”有批注"
                        + (said.isEmpty() ? "" : "“" + shorten(said) + "”")
                        + "：批注没有导入，批注所指的文字照原文导入；请按批注改好正文后再发布。");
            });
            if (hidden > 0) {
                all.add("原文有 " + hidden + " 处隐藏文字，没有导入。");
            }
            if (!droppedPictures.isEmpty()) {
                all.add("原文" + Cleaner.Lines.say(droppedPictures, "段") + "有图片，没有导出：导入到站点（加 --output）时才会把图片存进 static/。");
            }
            if (!unviewablePictures.isEmpty()) {
                all.add("原文" + Cleaner.Lines.say(unviewablePictures, "段") + "的图片格式浏览器无法显示（如 EMF、WMF）：请另存为 PNG 替换。");
            }
            all.addAll(notes);
            return all;
        }

        private static String shorten(String text) {
            String t = text.strip();
            return t.length() <= 30 ? t : t.substring(0, 30) + "……";
        }
    }
}
