package vn.parindex.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per database transaction and forgotten when it ends. The engine evaluates many expressions
 * in one transaction (starting one agency's assessment asks for its deadlines six times); what they read does
 * not change in between unless the writer says so with {@link #evict}. Outside a transaction nothing is kept.
 */
public final class TransactionCache {

    private TransactionCache() {
    }

    @SuppressWarnings("unchecked")
    public static <V> V get(Object key, Supplier<V> loader) {
        Map<Object, Object> values = values();
        if (values == null) {
            return loader.get();
        }
        if (values.containsKey(key)) {
            return (V) values.get(key);
        }
        V value = loader.get();
        values.put(key, value);
        return value;
    }

    public static void evict(Object key) {
        Map<Object, Object> values = current();
        if (values != null) {
            values.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> current() {
        return (Map<Object, Object>) TransactionSynchronizationManager.getResource(TransactionCache.class);
    }

    private static Map<Object, Object> values() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<Object, Object> values = current();
        if (values == null) {
            Map<Object, Object> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(TransactionCache.class, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionCache.class);
                }
            });
            values = created;
        }
        return values;
    }
}
