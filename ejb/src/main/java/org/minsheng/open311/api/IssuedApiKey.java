package org.minsheng.open311.api;

/** A newly issued key: {@code apiKey} is shown this once and is not stored. */
public record IssuedApiKey(ApiKeyView key, String apiKey) {
}
