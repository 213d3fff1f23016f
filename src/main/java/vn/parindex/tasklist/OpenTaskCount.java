package vn.parindex.tasklist;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.parindex.security.CurrentUser;

/** The number of open tasks shown next to "Tasks" in the navigation bar, for every page of a signed-in user. */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class OpenTaskCount {

    private final TaskListQuery taskList;

    @ModelAttribute("openTaskCount")
    Long openTaskCount() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return null;
        }
        try {
            return taskList.count(user.username(), TaskController.groups(user));
        } catch (DataAccessException | TransactionException e) {
            // without its database a page (the error page saying so, above all) still shows, without the badge
            return null;
        }
    }
}
