// An amateur radio signal report on the RST scale, said figure by figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SignalReports, AfterRst) {
  EXPECT_EQ(normalize_text("We swapped RST 57 both ways."), "We swapped R.S.T five seven both ways.");
  EXPECT_EQ(normalize_text("RST 579 on forty metres"), "R.S.T five seven nine on forty metres");
}

TEST(SignalReports, BeforeReportAmongRadioWords) {
  EXPECT_EQ(normalize_text("The DX station sent a 55 report."), "The D.X station sent a five five report.");
  EXPECT_EQ(normalize_text("a 589 report from the Morse contest"), "a five eight nine report from the Morse contest");
}

TEST(SignalReports, OtherReportsKeepTheirFigure) {
  EXPECT_EQ(normalize_text("The panel wrote a 45 page report."), "The panel wrote a forty five page report.");
  EXPECT_EQ(normalize_text("a 57 report from the council"), "a fifty seven report from the council");
}

}  // namespace briefcast
