"""English catalogue (`--lang en`). Same keys as `nl.py`; a test keeps them in step."""

MESSAGES: dict[str, str] = {
    # --- common -------------------------------------------------------------------------
    "cmd.theme": "Switch theme (calm / high contrast)",
    "cmd.theme.help": "High contrast for a small thumbnail in the video call or low vision; Vliegwiel remembers the choice.",
    "app.title": "Vliegwiel",
    "common.yes": "yes",
    "common.no": "no",
    "common.none": "–",
    "common.ok": "OK",
    "common.cancel": "Cancel",
    "common.save": "Save",
    "date.weekdays": "Mon Tue Wed Thu Fri Sat Sun",
    "date.months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "date.format": "{weekday} {day} {month} {year}",
    "datetime.format": "{date}, {time}",
    "common.close": "Close",
    "role.content": "content (analysis team)",
    "role.case_director": "case director / youth protector",
    "role.chair": "chair (RET)",
    "role.education": "education",
    "role.region": "region",
    "role.family": "parent / family",
    "role.other": "other",
    "course.on_course": "on course",
    "course.doubt": "doubt",
    "course.off_course": "off course",
    "course.unchecked": "not discussed yet",
    "bearable.yes": "yes",
    "bearable.tight": "tight",
    "bearable.no": "no",
    "status.open": "open",
    "status.done": "done",
    "status.partly": "partly",
    "status.not_done": "not done",
    "status.ongoing": "ongoing",
    "status.dropped": "dropped",
    "cmd.help": "Help",
    "cmd.help.help": "All keys, and what the current step is for.",
    "cmd.quit": "Quit",
    "cmd.quit.help": "Save everything and close Vliegwiel.",
    "cmd.course_panel": "Course",
    "cmd.course_panel.help": "Show or hide the course panel.",
    "cmd.board": "Actions",
    "cmd.board.help": "The action board: who does what, is it bearable, how do we help each other.",
    "cmd.step_clock": "Clock",
    "cmd.step_clock.help": "Pause or continue this step's clock.",
    "cmd.curtain": "Curtain",
    "cmd.curtain.help": "Blank the shared screen (the clock stays); again to return.",
    "cmd.previous": "Previous",
    "cmd.previous.help": "Go to the previous agenda step.",
    "cmd.next": "Next",
    "cmd.next.help": "Go to the next agenda step.",
    "cmd.stop": "Stop button",
    "cmd.stop.help": "All clocks still: what is happening now? Are we being sucked in, fixing?",
    "cmd.save": "Minutes",
    "cmd.save.help": "Save the minutes as Markdown now.",
    "cmd.start": "Start meeting",
    "cmd.start.help": "Start or resume the chosen case's meeting.",
    "cmd.new_case": "New case",
    "cmd.new_case.help": "Create a new case.",
    "cmd.edit_case": "Edit",
    "cmd.edit_case.help": "Edit the case's team, course, declaration of intent and agenda.",
    # --- errors -------------------------------------------------------------------------
    "error.data_dir_unusable": "Vliegwiel cannot use the data folder {path}: {reason}. Choose a folder you may write to with --data-dir, or ask your IT department for write access.",
    "error.already_running": (
        "Vliegwiel is already running on this data folder ({path}). Close the other window"
        " first; two at once would overwrite each other's work."
    ),
    "error.file_problem": (
        "The file {path} cannot be read: {reason}. The file was left as it is; restore a"
        " backup or delete this case's folder. The other cases work as usual."
    ),
    "error.reason.unreadable": "no access or a read error",
    "error.reason.empty": "the file is empty (cut off)",
    "error.reason.not_utf8": "the file is not UTF-8 text",
    "error.reason.bad_json": "the file is damaged (invalid JSON at line {line})",
    "error.reason.not_tinydb": "the file is not laid out the way Vliegwiel writes it",
    "error.reason.schema": (
        "the file has schema version {found}, this Vliegwiel reads version {expected}"
    ),
    "error.reason.invalid": "the field ‘{field}’ is not valid",
    "error.reason.kept_broken": "it was found damaged earlier and will not be overwritten",
    "error.write_failed": (
        "Saving to {path} failed: {reason}. What you typed is still in memory; Vliegwiel"
        " will try again."
    ),
    "error.write.disk_full": "the disk is full",
    "error.write.read_only": "the folder is read-only or you may not write to it",
    "error.write.other": "the operating system refused the write",
    "error.invalid": "The input is not valid.",
    "error.no_such_case": "There is no case ‘{case}’. List the cases with: vliegwiel cases",
    "error.case_ambiguous": "More than one case is called ‘{case}’. Use its id from: vliegwiel cases",
    "error.no_such_meeting": "This case has no meeting ‘{meeting}’.",
    "error.internal": (
        "Vliegwiel stopped because of an internal error ({kind} in {where})."
        " Everything up to a second ago is saved; start again to carry on."
    ),
    "error.no_such_template": "This case's agenda ‘{template}’ does not exist (any more); choose another under Edit case.",
    "invalid.required": "‘{field}’ may not be empty.",
    "invalid.field": "‘{field}’ is not valid: {problem}.",
    "invalid.meeting_minutes": "A meeting lasts between {low} and {high} minutes.",
    "invalid.duplicate_member": "Two team members are called ‘{name}’; give each their own name.",
    "invalid.unknown_owner": (
        "‘{owner}’ is not a team member or family member of this case; pick an existing"
        " name or add the family member."
    ),
    "invalid.due_in_past": "The date {due} is already in the past.",
    "invalid.unknown_course_point": "That course point does not exist (any more).",
    "invalid.template_no_steps": "An agenda needs at least one step.",
    "invalid.template_too_many_steps": "An agenda has at most {limit} steps.",
    "invalid.template_duplicate_step": "The step ‘{step}’ appears twice.",
    "invalid.template_too_long": "An agenda lasts at most {limit} minutes.",
    "invalid.records_mismatch": "The records do not match the steps.",
    "invalid.current_step": "The current step does not exist.",
    # --- command line -------------------------------------------------------------------
    "cli.description": "Vliegwiel: chair the weekly kernteam meeting live.",
    "cli.usage_error": "{problem}. See: vliegwiel --help",
    "cli.cases.header": "id        next meeting       open actions follow-thr alias",
    "cli.cases.none": "No cases yet in {path}.",
    "cli.export.not_yet": "Export to Markdown is not there yet.",
    "cli.erase.confirm": "Type the alias ‘{alias}’ to erase all data of this case: ",
    "cli.erase.needs_yes": "Erasing needs confirmation: type the alias, or pass --yes.",
    "cli.erase.cancelled": "Nothing erased.",
    "cli.erase.done": "All data of ‘{alias}’ has been erased from {path}.",
    "cli.erase.minutes_kept": "These minutes are outside the data folder and were not erased:",
    "cli.bad_lang": "Unknown language ‘{lang}’; choose nl or en.",
    "cli.interrupted": "Interrupted.",
    # --- start screen -------------------------------------------------------------------
    "start.title": "Cases",
    "start.subtitle": "Choose a case and press Enter to start its meeting.",
    "start.col.alias": "Case",
    "start.col.next": "Next meeting",
    "start.col.open": "Open actions",
    "start.col.follow": "Follow-through",
    "start.unfinished": "interrupted meeting – Enter resumes",
    "start.empty": "No cases yet. Press n for a new case, or start with --demo.",
    "start.problems": "Not everything could be read:",
    "start.key.start": "Start meeting",
    "start.key.new": "New case",
    "start.key.edit": "Edit case",
    # --- meeting --------------------------------------------------------------------------
    "cmd.change_course": "Change course",
    "cmd.change_course.help": "Reword the course point under the cursor (or add a point), as a joint decision for the minutes.",
    "app.quit_unsaved": "Not everything could be saved (see below). Press ctrl+q again to quit anyway.",
    "app.ctrl_c": "Quit with ctrl+q; everything is saved first.",
    "meeting.step_title": "Step {number}/{total} · {title}",
    "meeting.saved_again": "Saved: everything is safely on disk again.",
    "clock.left": "left",
    "clock.ending": "almost time",
    "clock.overtime": "overtime",
    "clock.paused": "paused",
    "clock.meeting": "Meeting {elapsed} of {planned} · ends {end}",
    "clock.meeting_over": "{over} over time",
    "course.panel_title": "Course",
    "course.none": "No course points agreed yet.",
    "course.note": "Note",
    "course.removed": "(course point removed)",
    "round.seated_yes": "comfortable",
    "round.seated_chafes": "something chafes",
    "round.turn": "▶ {time}",
    "round.nobody": "Nobody present.",
    "analysis.deadline": "Analysis deadline: {date} – {left}",
    "analysis.days_left": "{days} days left",
    "analysis.today": "today",
    "analysis.overdue": "{days} days past the deadline",
    "analysis.no_deadline": "No deadline for the analysis has been agreed yet.",
    "close.informed": "How do we keep each other informed?",
    "close.next_meeting": "Next meeting",
    "close.next_placeholder": "YYYY-MM-DD HH:MM",
    "close.next_invalid": "Write the date as YYYY-MM-DD HH:MM, for example 2026-12-05 09:00.",
    "close.end": "End the meeting",
    "stop.title": "Stop button – every clock is still",
    "stop.allowed": "This is allowed, even required: with tension, unrest, being sucked in, putting out fires, fixing.",
    "stop.q1": "What is happening now?",
    "stop.q2": "Are we being sucked in? Are we putting out fires or fixing?",
    "stop.q3": "What is needed for a breakthrough, to really be able to do something? What does it ask in content and what in conditions?",
    "stop.q4": "Who does what in that?",
    "stop.note": "A short note for the minutes (may stay empty)",
    "stop.resume_hint": "Enter, F9 or Esc: carry on, the clocks run again.",
    "curtain.hint": "Curtain closed – F6 to return.",
    "help.title": "Help",
    "help.step": "What is the step ‘{title}’ for?",
    "help.palette": "Command palette: every command is there too.",
    "help.close": "Esc or F1 closes this window.",
    "attendance.title": "Meeting {alias}: who is here?",
    "attendance.resume": "Resume the interrupted meeting {alias} at step {number}: {step}",
    "attendance.hint": "Everyone is marked present. Space marks someone absent or back; Enter starts the meeting.",
    "attendance.chair": "Chair",
    # --- agenda templates -----------------------------------------------------------------
    "tpl.kernteam.title": "Kernteam (flywheel, 60 minutes)",
    "tpl.kernteam.checkin.title": "Check-in",
    "tpl.kernteam.checkin.prompt": (
        "How is everyone doing? Are you comfortable in the saddle, and if not, what chafes?"
        " If something chafes: what is needed – how can we help you?"
    ),
    "tpl.kernteam.checkin.q1": "What chafes?",
    "tpl.kernteam.checkin.q2": "What is needed – how can we help you?",
    "tpl.kernteam.situation.title": "Current situation",
    "tpl.kernteam.situation.prompt": (
        "A short, neutral summary of the here and now around the child and the family."
    ),
    "tpl.kernteam.analysis.title": "Analysis progress",
    "tpl.kernteam.analysis.prompt": (
        "How are the content team's analysis and perspective plan doing against the agreed"
        " deadline? Do not be distracted by the issues of the day."
    ),
    "tpl.kernteam.course.title": "Course",
    "tpl.kernteam.course.prompt": "Read the agreed course aloud, point by point. Are we still on course?",
    "tpl.kernteam.review.title": "Action feedback",
    "tpl.kernteam.review.prompt": "What worked and what did not? Be critical about it.",
    "tpl.kernteam.next.title": "Next steps",
    "tpl.kernteam.next.prompt": (
        "Next steps, following from the course: who does what? Is it bearable?"
        " How do we help each other?"
    ),
    "tpl.kernteam.checkout.title": "Check-out",
    "tpl.kernteam.checkout.prompt": (
        "Did we do the right thing? Is it clear who does what, when and how?"
        " How do we keep each other informed?"
    ),
    "tpl.kernteam.checkout.q1": "Did we do the right thing?",
    "tpl.kernteam.checkout.q2": "Is it clear who does what, when and how?",
    "tpl.doe_een_team.title": "Do a team (60 minutes)",
    "tpl.doe_een_team.checkin.title": "Check in",
    "tpl.doe_een_team.checkin.prompt": (
        "Ask each other: how are we doing? Tense or relaxed? Is there something that wants to"
        " be said? Are we in a hurry or at ease with each other? Are we moving towards the"
        " family and each other?"
    ),
    "tpl.doe_een_team.checkin.q1": "How are you doing – tense or relaxed?",
    "tpl.doe_een_team.checkin.q2": "Is there something that wants to be said?",
    "tpl.doe_een_team.zoom_out.title": "Zoom out",
    "tpl.doe_een_team.zoom_out.prompt": (
        "Do we reinforce the pattern or break it with what we do? What actually helps you,"
        " this family and this child?"
    ),
    "tpl.doe_een_team.responsibilities.title": "Responsibilities",
    "tpl.doe_een_team.responsibilities.prompt": (
        "Do responsibilities lie where they belong? If not, how do we put them where they"
        " belong and who does that? Who safeguards this, and at which level?"
    ),
    "tpl.doe_een_team.zoom_in.title": "Zoom in",
    "tpl.doe_een_team.zoom_in.prompt": "What are the next, logical steps now?",
    "tpl.doe_een_team.checkout.title": "Check out",
    "tpl.doe_een_team.checkout.prompt": (
        "Did we do the right thing? Is it clear who does what, when and how?"
        " How do we keep each other informed?"
    ),
    "tpl.doe_een_team.checkout.q1": "Did we do the right thing?",
    "tpl.doe_een_team.checkout.q2": "Is it clear who does what, when and how?",
    "tpl.retrospectief.title": "Retrospective case analysis (4 hours)",
    "tpl.retrospectief.checkin.title": "Introductions and check-in",
    "tpl.retrospectief.checkin.prompt": (
        "Name and organisation. What is it like to take part? How are you doing?"
    ),
    "tpl.retrospectief.checkin.q1": "Name and organisation",
    "tpl.retrospectief.checkin.q2": "What is it like to take part? How are you doing?",
    "tpl.retrospectief.together.title": "How are we doing together?",
    "tpl.retrospectief.together.prompt": (
        "Side by side or opposite each other? How do we notice our dynamics and turn them around?"
    ),
    "tpl.retrospectief.family.title": "Picturing the family members",
    "tpl.retrospectief.family.prompt": (
        "Their nature and character, apart from their mechanisms. Who are they to each other?"
    ),
    "tpl.retrospectief.timeline.title": "The timeline",
    "tpl.retrospectief.timeline.prompt": (
        "Step by step the process is drawn. What happened then? Who was involved? What were"
        " the dynamics between the parents? What was the effect on the professional system?"
        " What was the next step?"
    ),
    "tpl.retrospectief.insights.title": "Insights, depth and what works",
    "tpl.retrospectief.insights.prompt": (
        "We look at the whole timeline from a distance. What stands out? What were the crucial"
        " moments? What are the insights? Knowing what we know now: when and what would you do"
        " differently? What does this ask of yourself and of others? Which conditions can help?"
    ),
    "tpl.retrospectief.close.title": "Closing",
    "tpl.retrospectief.close.prompt": (
        "What does everyone take away? The write-up follows; within a week everyone can give"
        " feedback on it. How do we keep each other informed?"
    ),
    "tpl.retrospectief.close.q1": "What do you take away?",
    "tpl.retrospectief.close.q2": "What does this ask of yourself and of others?",
    "tpl.perspectief.title": "Perspective analysis (2 hours)",
    "tpl.perspectief.kernteam.title": "Core team",
    "tpl.perspectief.kernteam.prompt": (
        "How do we form a strong core team around the family? Who takes part in the core team,"
        " what is the core team's assignment?"
    ),
    "tpl.perspectief.process.title": "Process and content",
    "tpl.perspectief.process.prompt": "How do we do content and how do we do process?",
    "tpl.perspectief.backing.title": "Backing",
    "tpl.perspectief.backing.prompt": ("What backing do we need from our organisations?"),
    "tpl.perspectief.collaboration.title": "Working together from now on",
    "tpl.perspectief.collaboration.prompt": (
        "How do we work together from now on? How do we stay ‘together’ even when it chafes?"
        " How do we keep ‘trust’ even when it chafes?"
    ),
    "tpl.perspectief.frequency.title": "Frequency",
    "tpl.perspectief.frequency.prompt": (
        "How often do we meet? Set the dates, and agree how we report back in between."
    ),
    "tpl.perspectief.close.title": "Closing",
    "tpl.perspectief.close.prompt": (
        "A first plan and a declaration of intent: what do we agree?"
        " Is it clear who does what, when and how? How do we keep each other informed?"
    ),
    "tpl.perspectief.close.q1": "What do we agree?",
    "tpl.perspectief.close.q2": "Is it clear who does what, when and how?",
    "tpl.file.problem": "The agenda {file} was not loaded: {reason}.",
    "tpl.file.reason.unreadable": "the file cannot be read",
    "tpl.file.reason.too_big": "the file is larger than {limit} kB",
    "tpl.file.reason.not_utf8": "line {line} is not UTF-8 text; save the file as UTF-8",
    "tpl.file.reason.syntax": "line {line}, column {column} is not valid TOML ({detail})",
    "tpl.file.reason.builtin_id": "the id ‘{id}’ belongs to a built-in agenda; choose another id",
    "tpl.file.reason.same_id": "the id ‘{id}’ is already used in {other}; choose another id",
    "tpl.file.reason.no_steps": "it has no steps; add [[steps]]",
    "tpl.file.reason.too_many_steps": "it has {count} steps, at most {limit}",
    "tpl.file.reason.duplicate_step": "the step id ‘{step}’ occurs twice",
    "tpl.file.reason.too_long": "the steps take more than {limit} minutes together",
    "tpl.file.reason.missing": "{where} is missing",
    "tpl.file.reason.unknown_field": "{where} is not a known field",
    "tpl.file.reason.empty": "{where} is empty",
    "tpl.file.reason.kind": "{where} is ‘{value}’, which is not a screen kind; choose from {choices}",
    "tpl.file.reason.minutes": "{where} must be a whole number from {low} to {high}",
    "tpl.file.reason.text": "{where} must be text in quotes",
    "tpl.file.reason.number": "{where} must be a whole number",
    "tpl.file.reason.flag": "{where} must be true or false",
    "tpl.file.reason.list": "{where} must be a list",
    "tpl.file.reason.table": "{where} must be a table",
    "tpl.file.reason.other": "{where} is not right ({detail})",
    "tpl.file.where.field": "the field ‘{field}’",
    "tpl.file.where.field_line": "the field ‘{field}’ (line {line})",
    "tpl.file.where.step": "step {number}",
    "tpl.file.where.step_line": "step {number} (line {line})",
    "tpl.file.where.step_field": "the field ‘{field}’ of step {number}",
    "tpl.file.where.step_field_line": "the field ‘{field}’ of step {number} (line {line})",
    # --- actions and board ----------------------------------------------------------------
    "action.new_title": "New action",
    "action.edit_title": "Edit action",
    "action.what": "What exactly?",
    "action.owner": "Who does it?",
    "action.owner_placeholder": "team or family member",
    "action.helpers": "Who helps?",
    "action.helpers_placeholder": "names, separated by commas",
    "action.due": "Done by when?",
    "action.due_placeholder": "YYYY-MM-DD (empty: next meeting)",
    "action.result": "What does the result look like?",
    "action.bearable": "Is it bearable?",
    "action.help_note": "How do we help each other?",
    "action.help_note_placeholder": "who steps in, and how",
    "action.point": "Which course point?",
    "action.no_point": "– no course point –",
    "action.status": "Status",
    "action.form_hint": "Tab: next field · Enter or ctrl+s: save · Esc: cancel",
    "action.need_what": "What exactly? Describe the action.",
    "action.need_owner": "Who does it? Name one person.",
    "action.bad_due": "Write the date as YYYY-MM-DD, for example 2026-12-05, or leave it empty.",
    "action.needs_help": "How do we help each other? When tight or no: name who helps, or write how we help.",
    "action.ask_point": "Which course point does this serve? Choose one; saving again keeps the action without a course point.",
    "action.family_question": "‘{name}’ is not yet a team or family member of this case. Add as a family member, so that ‘{name}’ can own actions?",
    "action.family_title": "New family member?",
    "action.family_yes": "Yes, add as a family member",
    "action.due_next_meeting": "next meeting",
    "action.short_day": "{weekday} {day} {month}",
    "action.col.what": "What",
    "action.col.owner": "Who",
    "action.col.due": "When",
    "action.col.bearable": "Bearable",
    "action.col.point": "Course",
    "action.col.status": "Status",
    "action.col.feedback": "Feedback",
    "action.result_line": "→ {result}",
    "action.helper_line": "+ {name}",
    "action.note_line": "» {note}",
    "actions.hint": "n or Enter: new action · Enter or e on a row: edit · F3: action board",
    "actions.none": "No actions in this meeting yet. Press n or Enter for the first.",
    "review.keys": "{statuses} · 0: clear · Enter: note · e: edit",
    "review.none": "No open actions from earlier meetings.",
    "review.note": "Be critical: what worked and what did not?",
    "review.note_needs_status": "Choose 1–5 first: how does this action stand? Then the note counts.",
    "review.earlier": "Last time ({day}): {status}",
    "figures.now": "Agreements kept in this meeting: {done} of {due} ({percent})",
    "figures.now_none": "Agreements kept in this meeting: nothing was due by now.",
    "figures.trend": "last {count} meetings:",
    "figures.day": "{day} {month}",
    "figures.this_meeting": "now",
    "figures.entry": "{bar} {done}/{due}",
    "figures.entry_none": "none",
    "board.title": "Action board · {alias}",
    "board.open_actions": "Open actions: {count} · {order}",
    "board.by_owner": "by who",
    "board.by_due": "by date",
    "board.none": "No open actions.",
    "board.load": "Who carries what?",
    "board.col.who": "Who",
    "board.col.open": "Open",
    "board.col.strained": "Tight/no",
    "board.col.overdue": "Late",
    "board.family": "family",
    "board.flags": "Signals",
    "board.no_flags": "No signals: the load is shared, tight and no have help, nothing is late.",
    "board.flag.overload": "{name} carries clearly more than the others: {open} open actions, the median is {median}. How do we help each other?",
    "board.flag.no_helper": "‘{what}’ ({name}) is {bearable} and nobody helps. How do we help each other?",
    "board.flag.overdue": "‘{what}’ ({name}) was due: {due}.",
    "board.decimal_sign": ".",
    "cmd.close_board": "Back",
    "cmd.close_board.help": "Close the action board and return to the meeting.",
    "cmd.sort_owner": "By who",
    "cmd.sort_owner.help": "Sort the actions by who does them.",
    "cmd.sort_due": "By date",
    "cmd.sort_due.help": "Sort the actions by when they are due.",
    # --- minutes --------------------------------------------------------------------------
    # --- case editing ---------------------------------------------------------------------
    "cmd.save_case": "Save",
    "cmd.save_case.help": "Save the case and go back to the cases.",
    "cmd.cancel_edit": "Back",
    "cmd.cancel_edit.help": "Back to the cases without saving (asking first when something changed).",
    "cmd.cancel_dialog": "Cancel",
    "cmd.cancel_dialog.help": "Close this window without changing anything.",
    "cmd.back": "Back",
    "cmd.back.help": "Close this overview.",
    "cmd.add_member": "New member",
    "cmd.add_member.help": "Add a member to the core team.",
    "cmd.edit_member": "Edit",
    "cmd.edit_member.help": "Edit the chosen member.",
    "cmd.remove_member": "Remove",
    "cmd.remove_member.help": "Take the chosen member out of the core team.",
    "cmd.add_point": "New course point",
    "cmd.add_point.help": "Add a course point (a joint decision).",
    "cmd.change_point": "Change",
    "cmd.change_point.help": "Change the wording of the chosen course point (a joint decision).",
    "cmd.remove_point": "Drop",
    "cmd.remove_point.help": "Drop the chosen course point (a joint decision).",
    "cmd.point_up": "Up",
    "cmd.point_up.help": "Move the chosen course point one place up (a joint decision).",
    "cmd.point_down": "Down",
    "cmd.point_down.help": "Move the chosen course point one place down (a joint decision).",
    "cmd.course_history": "Course decisions",
    "cmd.course_history.help": "Every decision about the course: when, what was, what became, who decided.",
    "dialog.keys": "Enter confirms · Escape cancels · Tab to the next field",
    "case.new.title": "New case",
    "case.edit.title": "Edit case · {alias}",
    "case.intro": (
        "Set the case up calmly before the first meeting with the team. Tab or Enter goes to"
        " the next field, Ctrl+S saves, Escape goes back."
    ),
    "case.section.case": "Case",
    "case.section.team": "Core team",
    "case.section.course": "Course",
    "case.section.intent": "Declaration of intent",
    "case.field.alias": "Alias",
    "case.alias.advice": (
        "Use a pseudonym such as ‘Case X’ – never the child's real name:"
        " the screen is shared and the minutes are mailed."
    ),
    "case.field.minutes": "Meeting length (minutes)",
    "case.field.template": "Agenda",
    "case.field.deadline": "Analysis deadline",
    "case.deadline.placeholder": "YYYY-MM-DD, empty if there is none yet",
    "case.field.family": "Family members who can own an action",
    "case.family.placeholder": "for example: mother, father, girl",
    "case.field.intent": "Declaration of intent",
    "case.team.hint": (
        "Who is in the core team, and what is each member's role and task? n adds, Enter edits,"
        " Delete removes."
    ),
    "case.team.add": "Add member",
    "case.course.hint": (
        "The agreed course, point by point. Every change is a joint decision and is kept."
        " n adds, Enter changes, Delete drops, Ctrl+↑/↓ moves, h shows the decisions."
    ),
    "case.course.add": "Add course point",
    "case.course.history": "Course decisions",
    "case.intent.hint": (
        "One commitment per line. Filled in with the core team's five commitments from the"
        " report; adapt them as the team makes them."
    ),
    "case.template.step": "{title} {minutes}′",
    "case.template.preview": "In {minutes} minutes: {steps}",
    "case.template.missing": "unknown agenda ‘{id}’ – choose another",
    "case.template.folder": "Custom agendas (TOML files) live in {path}.",
    "case.discard.title": "Leave without saving?",
    "case.discard.body": "Something changed that has not been saved yet.",
    "case.discard.yes": "Do not save",
    "case.remove_member.title": "Take ‘{name}’ out of the core team?",
    "case.remove_member.body": "This member's actions stay, under the same name.",
    "case.remove_member.yes": "Remove",
    "member.title.new": "Add member",
    "member.title.edit": "Edit member",
    "member.field.name": "Name",
    "member.field.organisation": "Organisation",
    "member.field.role": "Role in the core team",
    "member.field.task": "Role and task in words",
    "member.task.placeholder": "what does this person do for the core team?",
    "course.decided_by.team": "core team",
    "course.dialog.added": "Add course point",
    "course.dialog.changed": "Change course point {number}",
    "course.dialog.removed": "Drop course point {number}",
    "course.dialog.moved": "Course point {number} to place {to}",
    "course.dialog.was": "Now: {text}",
    "course.dialog.text": "Wording of the course point",
    "course.dialog.joint": (
        "A course change is a joint decision; it is kept with the course decisions and"
        " appears in the minutes."
    ),
    "course.dialog.decided_by": "Decided by",
    "course.dialog.confirm": "Record decision",
    "course.history.title": "Course decisions · {alias}",
    "course.history.empty": "No course decisions yet.",
    "course.history.added": "point {new} added",
    "course.history.changed": "point {old} changed",
    "course.history.removed": "point {old} dropped",
    "course.history.moved": "point {old} moved to place {new}",
    "course.history.by": "decided by {by}",
    "course.history.in_meeting": "in the meeting",
    "course.history.was": "was: {text}",
    "course.history.becomes": "becomes: {text}",
    "invalid.bad_date": "‘{field}’: ‘{value}’ is not a date; write for example 2026-12-19.",
    "invalid.course_point_text": "A course point needs text.",
    "invalid.decided_by_required": "Fill in who decided this: a name, or ‘core team’.",
    "intent.1": (
        "Course: ‘Our course guides every choice we make together and how we position"
        " ourselves. We have one plan (no plan A and B). We always make decisions and"
        " choices together.’"
    ),
    "intent.2": (
        "Reliable and open: ‘We are true to our course and calmly speak to each other when"
        " we stray from the path we agreed.’"
    ),
    "intent.3": (
        "Calm and overview: ‘Our challenge is to stay or become calm: successive incidents"
        " and the family's dynamics easily tempt us into internal and external pressure and"
        " so into dynamics. The dynamics are the problem, not the content.’"
    ),
    "intent.4": (
        "Transparent and carried together: ‘We inform each other and align all actions and"
        " decisions. We take no side paths and calmly speak to each other when that happens."
        " We help each other, so that we share the effort.’"
    ),
    "intent.5": (
        "Trust and appreciation: ‘We express appreciation for each other and support each"
        " other. When we slip into fear and distrust, we say so to each other and look for a"
        " way back to trust.’"
    ),
    # --- demo case ------------------------------------------------------------------------
    "demo.alias": "Case X (example)",
    "demo.member.anouk.name": "Anouk de Vries",
    "demo.member.anouk.organisation": "Care provider (content team)",
    "demo.member.anouk.task": "Brings in the content team's analysis and perspective plan.",
    "demo.member.jeroen.name": "Jeroen Bakker",
    "demo.member.jeroen.organisation": "Youth protection agency",
    "demo.member.jeroen.task": "Youth protector and case director; weekly contact with the girl.",
    "demo.member.mirjam.name": "Mirjam Visser",
    "demo.member.mirjam.organisation": "Regional Expertise Team",
    "demo.member.mirjam.task": "Chair: steers the process, not the content.",
    "demo.member.ahmed.name": "Ahmed el Amrani",
    "demo.member.ahmed.organisation": "School partnership",
    "demo.member.ahmed.task": "Looks with the school for a fitting place to learn.",
    "demo.member.linda.name": "Linda Smit",
    "demo.member.linda.organisation": "Region",
    "demo.member.linda.task": "Secures backing and means from the municipalities.",
    "demo.family.mother": "mother",
    "demo.family.father": "father",
    "demo.family.girl": "girl",
    "demo.course.1": "Broad analysis and perspective",
    "demo.course.2": "The voice of the child/family leads – weekly contact",
    "demo.course.3": "We are not distracted by crises: we stay calm",
    "demo.course.4": "No closed setting",
    "demo.course.5": "We interpret risks instead of trying to prevent them",
    "demo.course.6": "Parents and girl constantly involved in their own situation and the course",
    "demo.course.k3.note": "After Saturday's incident there was pressure to act fast.",
    "demo.checkin.jeroen.chafes": "Many phone calls after the incident; I am on my own.",
    "demo.checkin.jeroen.needs": "Someone to think along about the talk with the parents.",
    "demo.situation": (
        "The girl lives at home. On Saturday there was an incident in the street; the police"
        " brought her home. Mother asks for a place away from home."
    ),
    "demo.analysis": "The content team has finished the family's picture; the timeline is next.",
    "demo.checkout.answer": "Yes, we stayed calm.",
    "demo.checkout.informed": "In between through the youth protector; when things get restless we call each other.",
    "demo.action.contact.what": "Weekly contact with the girl; hear her wishes",
    "demo.action.contact.result": "Her wishes are in the minutes in two sentences.",
    "demo.action.parents.what": "Inform the parents about the process and the course",
    "demo.action.parents.result": "The parents know what the kernteam does and when.",
    "demo.action.plan.what": "Share the draft perspective plan with the kernteam",
    "demo.action.plan.result": "Every kernteam member has the draft.",
    "demo.action.school.what": "Agree a fitting education offer with the school",
    "demo.action.school.result": "A proposal for half days at school.",
    "demo.action.backing.what": "Discuss the organisations' backing in one's own management team",
    "demo.action.backing.result": "Management supports the course in writing.",
    "demo.action.gp.what": "Make an appointment with the GP",
    "demo.action.gp.result": "The date of the appointment is known.",
}
