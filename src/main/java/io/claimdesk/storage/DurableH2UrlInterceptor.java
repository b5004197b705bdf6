package io.claimdesk.storage;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Makes every datasource address that reaches the app durable (see {@link DurableH2Url}), however it was
 * written: in application.properties, as QUARKUS_DATASOURCE_JDBC_URL, or as a system property. Registered in
 * META-INF/services so it also sees the address before the connection pool opens the database.
 */
@Priority(Priorities.APPLICATION + 100)
public class DurableH2UrlInterceptor implements ConfigSourceInterceptor {

    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value == null || !URL_PROPERTY.equals(name)) {
            return value;
        }
        return value.withValue(DurableH2Url.of(value.getValue()));
    }
}
