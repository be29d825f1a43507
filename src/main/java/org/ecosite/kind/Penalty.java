package org.ecosite.kind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ecosite.check.Position;

/**
 * A 行政处罚决定 as published under 双公示: the decision's facts, basis and result, and who it is
 * against. A natural person is named only in masked form (王某) and never with a number.
 *
 * @param decided    决定日期
 * @param party      当事人: an organisation's full name, or a person's masked name
 * @param creditCode 统一社会信用代码 of an organisation, check character verified
 * @param facts      违法事实
 * @param basis      处罚依据
 * @param result     处罚内容
 * @param fine       罚款 in 万元, when the decision imposes one
 * @param decidedAt  where {@code decided} was written, for deadline problems
 */
public record Penalty(LocalDate decided, String party, PartyType partyType, Optional<String> creditCode, String facts,
                      String basis, String result, Optional<BigDecimal> fine, Position decidedAt) implements KindFields {

    /** Who a decision is against. */
    public enum PartyType {
        /** A company, an institution, a 个体工商户 under its trade name: named in full, with its credit code. */
        ORGANIZATION("organization"),
        /** A natural person: the name masked (王某), no identity number. */
        PERSON("person");

        private final String word;

        PartyType(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    @Override
    public Kind kind() {
        return Kind.PENALTY;
    }

    @Override
    public List<String> words() {
        List<String> words = new ArrayList<>(List.of(party, facts, basis, result));
        creditCode.ifPresent(words::add);
        return words;
    }
}
