package vn.parindex.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached (restarting, failing over, the network gone) a page or a save answers
 * 503 with "nothing was saved, try again in a minute" instead of a generic error: the official knows the save
 * did not happen and that trying again will work. Any other error goes on to the usual handling.
 */
@Component
class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    /** HikariCP's message for a connection it closed after a fatal error. */
    private static final String POOL_CLOSED = "Connection is closed";

    @Override
    public int getOrder() {
        // right after Spring Boot's DefaultErrorAttributes, which only records the exception
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!unreachable(exception)) {
            return null;
        }
        log.warn("{} {}: database unreachable ({})", request.getMethod(), request.getRequestURI(), exception.getMessage());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        return new ModelAndView("error", Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value()),
                HttpStatus.SERVICE_UNAVAILABLE);
    }

    /**
     * A connection refused, cut or not to be had from the pool: SQL states 08… and 57P… anywhere in the causes, or
     * the pool's "Connection is closed" (no SQL state) when rolling back on a connection it already threw away
     * after such an error; the rollback's exception then replaces the first one.
     */
    static boolean unreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException && POOL_CLOSED.equals(cause.getMessage())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
