package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.EventQuery;

/**
 * The API's query parameters, whatever a client sends: either a query within the documented
 * bounds or a 400 naming one of the parameters sent; nothing else escapes.
 */
class EventParamsFuzzTest {
  private static final String[] NAMES = {"from", "to", "country", "admin1", "type", "subType", "actor", "q",
      "limit", "offset", "view", "format", "x"};

  @FuzzTest(maxDuration = "20s")
  void parametersGiveAQueryOrA400(FuzzedDataProvider data) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    int n = data.consumeInt(0, 6);
    for (int i = 0; i < n; i++) {
      String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(12);
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(data.consumeString(64));
    }
    try {
      EventQuery q = EventParams.read(params, Set.of("limit", "offset"), 100, ServerOptions.MAX_PAGE);
      assertThat(q.limit()).isBetween(1, ServerOptions.MAX_PAGE);
      assertThat(q.offset()).isNotNegative();
      if (q.from() != null && q.to() != null) {
        assertThat(q.from()).isLessThanOrEqualTo(q.to());
      }
      if (q.country() != null) {
        assertThat(q.country()).matches("[A-Z]{2}");
      }
    } catch (ApiException e) {
      assertThat(e.status()).isEqualTo(400);
      assertThat(params).containsKey(e.parameter());
    }
  }
}
