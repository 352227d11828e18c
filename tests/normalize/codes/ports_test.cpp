// Network port numbers said as numbers.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Ports, AFigureAfterPortIsANumber) {
  EXPECT_EQ(normalize_text("The scanner probed port 1433 overnight."),
            "The scanner probed port one thousand four hundred thirty three overnight.");
  EXPECT_EQ(normalize_text("Close ports 25, 110 and 2525."),
            "Close ports twenty five, one hundred ten and two thousand five hundred twenty five.");
  EXPECT_EQ(normalize_text("Open ports 80/443 only."), "Open ports eighty and four hundred forty three only.");
}

TEST(Ports, APortAfterAHost) {
  EXPECT_EQ(normalize_text("Browse to localhost:4200 first."), "Browse to localhost colon four thousand two hundred first.");
  EXPECT_EQ(normalize_text("Point it at 10.1.2.3:9090 instead."),
            "Point it at one zero dot one dot two dot three colon nine thousand ninety instead.");
  EXPECT_EQ(normalize_text("Try https://dev.site.io:8443/login now."),
            "Try HTTPS colon slash slash dev dot site dot IO colon eight thousand four hundred forty three slash login now.");
}

TEST(Ports, OtherColonsAndFiguresAreLeftAlone) {
  EXPECT_EQ(normalize_text("Doors open at 19:30 sharp."), "Doors open at seven thirty PM sharp.");
  EXPECT_EQ(normalize_text("The port handled 1200 ships."), "The port handled twelve hundred ships.");
  EXPECT_EQ(normalize_text("the port and 1990 plans"), "the port and nineteen ninety plans");
}

}  // namespace briefcast

namespace briefcast {

TEST(Ports, APortWordOpeningASentenceOrLinkedToItsFigure) {
  EXPECT_EQ(normalize_text("Ports 2019 and 2022 were blocked."),
            "Ports two thousand nineteen and two thousand twenty two were blocked.");
  EXPECT_EQ(normalize_text("We tried port number 1984 first."), "We tried port number one thousand nine hundred eighty four first.");
  EXPECT_EQ(normalize_text("Open port no. 2012 too."), "Open port number two thousand twelve too.");
  // A verb between them only in a line about networks.
  EXPECT_EQ(normalize_text("The proxy port is 2021."), "The proxy port is two thousand twenty one.");
  EXPECT_EQ(normalize_text("Move the SSH port to 2015."), "Move the S.S.H port to two thousand fifteen.");
  EXPECT_EQ(normalize_text("The harbour port was 1990s-built."), "The harbour port was nineteen nineties built.");
  EXPECT_EQ(normalize_text("plans for the port to 2035"), "plans for the port to twenty thirty five");
  // A capital "Port" inside a sentence begins a name.
  EXPECT_EQ(normalize_text("the Port 2030 strategy"), "the Port twenty thirty strategy");
}

}  // namespace briefcast
