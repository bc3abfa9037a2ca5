package org.pcrnavigator.engine.conviction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.engine.Cases;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.consequences.CatalogMatch;

/** The misdemeanor maximum by conviction date (PC 18.5; Velasquez-Rios) and the felony and six-month classes. */
class PotentialSentenceTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                                          | conviction fields                                                              | a year or more | max days
        one-year misdemeanor convicted 2014-12-31       | statute: PC 273.5(a); level: misdemeanor; pleaDate: 2014-12-31; judgmentDate: 2014-12-31 | yes | 365
        one-year misdemeanor convicted 2015-01-01       | statute: PC 273.5(a); level: misdemeanor; pleaDate: 2015-01-01; judgmentDate: 2015-01-01 | no  | 364
        plea 2014, judgment 2015: straddles PC 18.5     | statute: PC 273.5(a); level: misdemeanor; pleaDate: 2014-12-30; judgmentDate: 2015-01-05 | unsettled |
        only the year 2014 known                        | statute: PC 273.5(a); level: misdemeanor; pleaDate: 2014                                 | yes | 365
        only the year 2015 known                        | statute: PC 273.5(a); level: misdemeanor; pleaDate: 2015                                 | no  | 364
        felony                                          | statute: PC 273.5(a); level: felony; pleaDate: 2020-01-01                                | yes |
        infraction                                      | statute: PC 273.5(a); level: infraction; pleaDate: 2020-01-01                            | no  | 0
        wobbler, level not stated                       | statute: PC 273.5(a); pleaDate: 2020-01-01                                               | unknown |
        date not stated                                 | statute: PC 273.5(a); level: misdemeanor                                                  | unknown |
        infraction-only offense, level not stated       | statute: HS 11357(b); pleaDate: 2012-06-01                                                 | no  | 0
        fine-only misdemeanor, level not stated         | statute: HS 11357(b); pleaDate: 2009-06-01                                                 | no  | 0
        transit offense as a misdemeanor (third fare evasion) | statute: PC 640(c); level: misdemeanor; pleaDate: 2020-01-01                    | no  |
        transit offense as an infraction                | statute: PC 640(c); level: infraction; pleaDate: 2020-01-01                               | no  | 0
        catalog knows the section only from 2023        | statute: PC 372.5; level: misdemeanor; pleaDate: 2019-05-01                               | unknown |
        statute not in the catalog                      | statute: PC 99999; level: misdemeanor; pleaDate: 2020-01-01                              | unknown |
        """)
    void decides(String name, String fields, String result, Long maxDays) {
        Conviction c = Cases.conviction("2026-11-28", fields);
        PotentialSentence.Potential p = PotentialSentence.decide(c, Cases.kb(), CatalogMatch.find(Cases.kb(), c),
                LocalDate.parse("2026-11-28"), Cases.say());
        assertThat(p.oneYearOrMore().id()).isEqualTo(result);
        assertThat(p.misdemeanorMaxDays()).isEqualTo(maxDays);
        if (!result.equals("unknown")) assertThat(p.finding().authorities()).isNotEmpty();
        if (result.equals("unknown")) assertThat(p.finding().missingFacts()).isNotEmpty();
    }
}
