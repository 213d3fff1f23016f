package vn.parindex.security;

import lombok.RequiredArgsConstructor;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes an {@link AuditKind#EXPORT} line for every call of a handler marked {@link Export}, after the handler
 * allowed it and before the first byte leaves: a file that cannot be logged is not sent.
 */
@ControllerAdvice
@RequiredArgsConstructor
class ExportAudit implements ResponseBodyAdvice<Object> {

    private final AuditLog audit;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(Export.class);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body != null) {
            audit.record(AuditKind.EXPORT, returnType.getMethodAnnotation(Export.class).value());
        }
        return body;
    }
}
