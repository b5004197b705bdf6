package io.claimdesk.review;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimdesk.web.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A verdict as sent by a form or the API: {@code {verdict, rationale, evidence, attribution}}. The constraints are
 * what a verdict is, checked before it reaches {@link Reviews}, which checks the evidence against the store.
 */
public record VerdictInput(@NotBlank(message = "Choose a verdict: CORROBORATED or CONTESTED.")
                           @OneOf(value = VerdictValue.class, message = "verdict must be one of {choices}, not '{given}'")
                           String verdict,
                           @NotBlank(message = "Say why: a verdict needs a rationale.")
                           @Size(max = Reviews.MAX_RATIONALE, message = "A rationale has at most {max} characters.")
                           String rationale,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> evidence,
                           @OneOf(value = AttributionJudgement.class, message = "attribution must be one of {choices}, not '{given}'")
                           String attribution) {
}
