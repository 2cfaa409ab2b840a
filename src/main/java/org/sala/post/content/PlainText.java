package org.sala.post.content;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words a reader reads, for excerpts and search: link targets and raw HTML left out (the
 * commonmark text renderer would write "text (url)"), blocks separated by blank lines.
 */
public final class PlainText extends AbstractVisitor {

    private final StringBuilder out = new StringBuilder();

    public static String of(Node node) {
        PlainText text = new PlainText();
        node.accept(text);
        return text.out.toString().strip();
    }

    @Override
    public void visit(Text text) {
        out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append('\n');
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        // markup only; the text around it is visited as Text
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        // raw markup, possibly a script: not text a reader sees
    }

    @Override
    public void visit(Paragraph paragraph) {
        block(paragraph);
    }

    @Override
    public void visit(Heading heading) {
        block(heading);
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        block(blockQuote);
    }

    @Override
    public void visit(FencedCodeBlock codeBlock) {
        out.append(codeBlock.getLiteral());
        endBlock();
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
        out.append(codeBlock.getLiteral());
        endBlock();
    }

    @Override
    public void visit(CustomBlock customBlock) {
        block(customBlock);
    }

    @Override
    public void visit(CustomNode customNode) {
        visitChildren(customNode);
        if (customNode instanceof TableCell) {
            out.append(' ');
        } else if (customNode instanceof TableRow) {
            out.append('\n');
        }
    }

    private void block(Node node) {
        visitChildren(node);
        endBlock();
    }

    private void endBlock() {
        int length = out.length();
        if (length > 0 && !(out.charAt(length - 1) == '\n' && length > 1 && out.charAt(length - 2) == '\n')) {
            out.append(out.charAt(length - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
