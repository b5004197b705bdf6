package io.claimdesk.web;

import java.util.List;

/** The envelope of every paged API list. Pages are numbered from 1. */
public record PageJson<T>(long total, int page, int size, List<T> items) {
}
