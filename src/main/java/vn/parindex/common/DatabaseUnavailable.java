package vn.parindex.common;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (restarting, failing over, the network gone) a page or a save answers
 * 503, "nothing was saved, try again in a minute" (error.html), instead of a generic error: the official knows
 * the save did not happen and that trying again will work. It sits outside Spring Security's filters, which
 * read the account on every request, so it sees what fails there as well as in the pages. Any other error goes
 * on to the usual handling.
 */
@Component
public class DatabaseUnavailable extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    /** HikariCP's message for a connection it closed after a fatal error. */
    private static final String POOL_CLOSED = "Connection is closed";

    @Override
    public int getOrder() {
        return SecurityProperties.DEFAULT_FILTER_ORDER - 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!unreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {}: database unreachable ({})", request.getMethod(), request.getRequestURI(), e.getMessage());
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }

    /**
     * A connection refused, cut or not to be had from the pool: SQL states 08… and 57P… anywhere in the causes, or
     * the pool's "Connection is closed" (no SQL state) when rolling back on a connection it already threw away
     * after such an error; the rollback's exception then replaces the first one.
     */
    public static boolean unreachable(Throwable exception) {
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
