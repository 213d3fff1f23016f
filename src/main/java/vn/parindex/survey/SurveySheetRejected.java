package vn.parindex.survey;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

import vn.parindex.agency.ImportProblem;

/** A survey sheet (respondent list or results) that was not saved: the problems per row and column, and those of the sheet as a whole. */
public class SurveySheetRejected extends RuntimeException {

    private final transient List<ImportProblem> problems;
    private final transient List<MessageSourceResolvable> general;

    public SurveySheetRejected(List<ImportProblem> problems, List<MessageSourceResolvable> general) {
        super(problems.size() + " problems in the survey sheet");
        this.problems = problems;
        this.general = general;
    }

    public List<ImportProblem> problems() { return problems; }
    public List<MessageSourceResolvable> general() { return general; }
}
