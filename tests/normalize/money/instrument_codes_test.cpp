// Terminal codes that wire stories print after a market's name are left out.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(InstrumentCodes, DottedIndexCodesAreDropped) {
  EXPECT_EQ(normalize_text("Seoul's KOSPI index .KS11 slipped"), "Seoul's KOSPI index slipped");
  EXPECT_EQ(normalize_text("the Hang Seng .HSI, which fell"), "the Hang Seng, which fell");
  EXPECT_EQ(normalize_text("a regional gauge .XYZ0000ABC rose"), "a regional gauge rose");
}

TEST(InstrumentCodes, ContinuousFuturesAndBracketedCodesAreDropped) {
  EXPECT_EQ(normalize_text("gold futures GCc1 eased"), "gold futures eased");
  EXPECT_EQ(normalize_text("the euro <EUR=> held steady"), "the euro held steady");
  EXPECT_EQ(normalize_text("Shanghai stocks <.SSEC> closed flat"), "Shanghai stocks closed flat");
  EXPECT_EQ(normalize_text("the Swiss franc CHF= and sterling GBP=D3 were flat"), "the Swiss franc and sterling were flat");
}

TEST(InstrumentCodes, CallNumbersKeepEveryPart) {
  // After a library class mark the dotted part is the book's own mark, said, never dropped.
  EXPECT_NE(normalize_text("The map is shelved at GA405 .B62 1822 in the annex.").find("B sixty two"), std::string::npos);
  EXPECT_NE(normalize_text("Look under QA76.73 .P98 on the second floor.").find("P ninety eight"), std::string::npos);
  // A market's code after its index and a plain count still goes.
  EXPECT_EQ(normalize_text("Europe's STOXX 600 .STOXX rose"), normalize_text("Europe's STOXX 600 rose"));
  // An index named with figures is no class mark: its code still goes.
  EXPECT_EQ(normalize_text("China's CSI300 .CSI300 rose"), normalize_text("China's CSI300 rose"));
  EXPECT_EQ(normalize_text("France's CAC40 .FCHI fell"), normalize_text("France's CAC40 fell"));
  EXPECT_EQ(normalize_text("Stocks rose after Q3 .SPX earnings"), normalize_text("Stocks rose after Q3 earnings"));
}

TEST(InstrumentCodes, NamesThatLookAlikeStay) {
  EXPECT_NE(normalize_text("apps built on .NET run").find("NET"), std::string::npos);
  EXPECT_NE(normalize_text("save it as a .PDF now").find("PDF"), std::string::npos);
  EXPECT_NE(normalize_text("sites under the island's .AI domain").find("A"), std::string::npos);
  // A calibre before a gun's word is its own reading, never an instrument code.
  EXPECT_EQ(normalize_text("a .22 rifle"), "a twenty two rifle");
}

}  // namespace briefcast
