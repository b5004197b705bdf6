package io.claimdesk.review;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.util.List;

/** A verdict as sent by a form or the API, before checking: {@code {verdict, rationale, evidence, attribution}}. */
public record VerdictInput(String verdict, String rationale,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> evidence,
                           String attribution) {
}
