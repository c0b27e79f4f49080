# kioskctl people export|import: entrepreneurs as a spreadsheet (CSV), and what can be
# wrong in a sheet being imported (ids people-csv-<code>, from codes people_csv.<code>).

people-csv-pin-prompt = PIN of { $name }
people-csv-no-pin = No PIN was given. Type the admin's PIN on the first line of the input; it is never taken from the command line.
people-csv-cannot-open = The file { $path } cannot be opened. Check its name, and that the USB stick is plugged in.
people-csv-exported = { $rows ->
    [one] 1 record was
   *[other] { $rows } records were
} written to { $file }. The file holds people's personal details: keep it safe, and delete it once it has been handed over.
people-csv-imported = { $count ->
    [one] 1 person was
   *[other] { $count } people were
} registered from the sheet, with their paper consent to notice version { $version }.
people-csv-rows-invalid = Nothing was imported: the sheet has { $count ->
    [one] 1 problem
   *[other] { $count } problems
}. Fix each row listed, then import the whole sheet again.
people-csv-warnings = Please check these rows:
people-csv-row = Row { $row }, { $column }: { $problem }
people-csv-row-only = Row { $row }: { $problem }

# What can be wrong in a sheet.
people-csv-missing-column = The column “{ $column }” is missing from the first row. Add it (the first row of an export has every column's name), then try again.
people-csv-blank = This cell is empty. Fill it in.
people-csv-not-a-choice = “{ $value }” is not one of the choices. Write it as the registration form shows it, in Hindi or English, or as its id in an export.
people-csv-not-yes-no = “{ $value }” is not yes or no. Write yes or no (हाँ or नहीं).
people-csv-no-consent = The consent column must say yes. Register only people who heard the consent notice and signed the paper consent form.
people-csv-not-utf8 = The file is not saved as UTF-8, so its Hindi letters would be lost. In the spreadsheet program, save it as “CSV UTF-8”, then try again.
people-csv-unreadable = The file cannot be read as a CSV sheet ({ $detail }). Save it from the spreadsheet program as “CSV UTF-8”, then try again.
people-csv-no-rows = The sheet has no one in it: there is nothing below the row of column names.

# Warnings: the sheet is imported all the same.
people-csv-same-mobile-in-sheet = The same mobile number as row { $first }. Check that these are two different people.
people-csv-possible-duplicate = { $why }: { $name } of { $village } is already on the kiosk. Check that this is someone else.
people-csv-erased-row = An erased record (the person took back their consent). It was skipped, not registered again.
