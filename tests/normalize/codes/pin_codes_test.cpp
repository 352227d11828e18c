// An Indian postal code after its city, said digit by digit.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PinCodes, AfterACityInAnAddress) {
  EXPECT_EQ(normalize_text("Office: 4 Park Road, Kolkata - 700016"), "Office: four Park Road, Kolkata - seven zero zero zero one six");
  EXPECT_EQ(normalize_text("Write to 12 Mall Road, Lucknow 226 001, India."),
            "Write to twelve Mall Road, Lucknow two two six zero zero one, India.");
  EXPECT_EQ(normalize_text("Address: Anna Salai, Chennai-600002"), "Address: Anna Salai, Chennai six zero zero zero zero two");
}

TEST(PinCodes, AfterACityAndADash) {
  EXPECT_EQ(normalize_text("Send it to Pune - 411001."), "Send it to Pune - four one one zero zero one.");
}

TEST(PinCodes, NamedAsAPin) {
  EXPECT_EQ(normalize_text("the PIN code 560034 area"), "the Pin code five six zero zero three four area");
}

TEST(PinCodes, CountsStayCounts) {
  EXPECT_EQ(normalize_text("Kerala 110001 cases were logged."), "Kerala one hundred ten thousand one cases were logged.");
  EXPECT_EQ(normalize_text("Attendance: Lagos 250000."), "Attendance: Lagos two hundred fifty thousand.");
  EXPECT_EQ(normalize_text("First Prize - 500000"), "First Prize - five hundred thousand");
}

}  // namespace briefcast
