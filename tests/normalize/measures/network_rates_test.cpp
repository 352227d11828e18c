// Rates a security team counts in.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(NetworkRates, EventsPerSecondAmongSecurityWords) {
  EXPECT_EQ(normalize_text("The bank's SIEM now takes 120k EPS from its firewalls."),
            "The bank's SIEM now takes one hundred twenty thousand events per second from its firewalls.");
  EXPECT_EQ(normalize_text("During the DDoS the routers saw 900k pps."),
            "During the Dee-doss the routers saw nine hundred thousand packets per second.");
}

TEST(NetworkRates, PacketRateUnit) {
  EXPECT_EQ(normalize_text("The botnet sent 75 Mpps at the host."),
            "The botnet sent seventy five million packets per second at the host.");
}

TEST(NetworkRates, EarningsStayEarnings) {
  // A share's earnings in a results line: no word of attacks.
  EXPECT_EQ(normalize_text("The retailer beat forecasts with 2.1 EPS growth.").find("events"), std::string::npos);
  EXPECT_EQ(normalize_text("Cyber firm's results: $1.40 EPS despite attacks.").find("events"), std::string::npos);
}

}  // namespace briefcast
