package vn.parindex.framework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The "new framework" form: empty, copied from a version, or imported from an Excel file. */
@Getter
@Setter
public class FrameworkForm {

    @NotNull(message = "{framework.form.required}")
    private Long agencyTypeId;
    @NotNull(message = "{framework.form.required}")
    @Min(value = 2000, message = "{framework.form.year}")
    @Max(value = 9999, message = "{framework.form.year}")
    private Integer year;
    @NotBlank(message = "{framework.form.required}")
    @Size(max = 300, message = "{framework.form.tooLong}")
    private String name;
    private Long copyFromVersionId;
}
