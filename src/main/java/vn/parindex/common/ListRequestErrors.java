package vn.parindex.common;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A list asked for with a parameter that means nothing (an unknown sort key or filter value, a page number that is
 * not a number) gets a 400 page naming the parameter, the value and what it may be, never a 500.
 */
@ControllerAdvice
class ListRequestErrors {

    @ExceptionHandler(BadListRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badList(BadListRequest e, HttpServletRequest request, Model model) {
        return page(request, model, e.parameter(), e.value(), e.allowed());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Model model) {
        Class<?> type = e.getRequiredType();
        List<String> allowed = type != null && type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                : List.of(Number.class.isAssignableFrom(type == null ? Object.class : box(type)) ? "0, 1, 2, …" : "—");
        return page(request, model, e.getName(), e.getValue() == null ? "" : e.getValue().toString(), allowed);
    }

    private static Class<?> box(Class<?> type) {
        return type == int.class || type == long.class ? Number.class : type;
    }

    private static String page(HttpServletRequest request, Model model, String parameter, String value, List<String> allowed) {
        model.addAttribute("status", 400);
        model.addAttribute("listPath", request.getRequestURI());
        model.addAttribute("parameter", parameter);
        model.addAttribute("value", value);
        model.addAttribute("allowed", String.join(", ", allowed));
        return "bad-list-request";
    }
}
