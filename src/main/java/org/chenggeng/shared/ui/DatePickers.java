package org.chenggeng.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the user's language in their calendar, not only in their format. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        return picker;
    }
}
