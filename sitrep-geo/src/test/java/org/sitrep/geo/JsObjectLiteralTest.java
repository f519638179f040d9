package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsObjectLiteralTest {

  @Test
  void readsTheMinifiedFormsCountriesDbUses() {
    String js = "var r={KZ:{n:\"Kazakhstan\",in:\"398\",gi:1522867,p:1534e4,a:.44,"
        + "c:{a:48,o:-.517},t:[\"Asia/Almaty\",\"Asia/Aqtau\"],x:!0,y:!1,pr:\"^(\\\\d{6})$\"},"
        + "'AD':{\"n\":'Andorra',v:void 0}};function a(){}";
    @SuppressWarnings("unchecked")
    Map<String, Object> table = (Map<String, Object>) JsObjectLiteral.parse(js, js.indexOf('{'));
    @SuppressWarnings("unchecked")
    Map<String, Object> kz = (Map<String, Object>) table.get("KZ");
    assertThat(kz).containsEntry("n", "Kazakhstan").containsEntry("in", "398")
        .containsEntry("gi", 1522867.0).containsEntry("p", 15340000.0).containsEntry("a", 0.44)
        .containsEntry("x", true).containsEntry("y", false).containsEntry("pr", "^(\\d{6})$");
    assertThat(kz.get("c")).isEqualTo(Map.of("a", 48.0, "o", -0.517));
    assertThat(kz.get("t")).isEqualTo(List.of("Asia/Almaty", "Asia/Aqtau"));
    @SuppressWarnings("unchecked")
    Map<String, Object> ad = (Map<String, Object>) table.get("AD");
    assertThat(ad).containsEntry("n", "Andorra").containsEntry("v", null);
  }

  @Test
  void unicodeEscapesAndEmptyContainers() {
    Object v = JsObjectLiteral.parse("{a:\"\\u00c5land\",b:{},c:[]}", 0);
    assertThat(v).isEqualTo(Map.of("a", "Åland", "b", Map.of(), "c", List.of()));
  }

  @Test
  void brokenInputFailsWithItsPosition() {
    assertThatThrownBy(() -> JsObjectLiteral.parse("{a:1 b:2}", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
    assertThatThrownBy(() -> JsObjectLiteral.parse("{a:", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
