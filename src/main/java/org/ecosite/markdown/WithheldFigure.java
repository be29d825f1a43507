package org.ecosite.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

/**
 * The mark of a figure the source withholds on purpose and the report acknowledges ({@code *} of
 * {@code 达到*%}): shown as withheld, read as {@link #TEXT} in the plain text, never taken for prose by the
 * checks. The source keeps the mark as written; this node covers it, escapes included ({@code \*\*}).
 */
public final class WithheldFigure extends Node implements TextContainer {

    /**
     * What a withheld figure is in the plain text of a body (search, checks): the object replacement
     * character, which no term and no placeholder pattern takes in, and which the search page's script shows
     * as the same element the page has.
     */
    public static final char TEXT = '\uFFFC';

    WithheldFigure(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
                               int flags, NodeVisitor nodeVisitor) {
        out.append(TEXT);
        return false;
    }
}
