//! The coaching toolkit: Michael Bungay Stanier's seven coaching questions (The Coaching Habit,
//! as the seed applies them to technical development) with when to ask each, and templates that
//! open as new drafts with `[placeholders]` for what only the manager knows (Tab steps through
//! them in the editor).

/// One of the seven coaching questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoachingQuestion {
    pub number: u8,
    /// The question, exactly as the seed gives it.
    pub question: &'static str,
    /// Its name in The Coaching Habit.
    pub name: &'static str,
    /// When to use it, in one line.
    pub when: &'static str,
}

pub const QUESTIONS: [CoachingQuestion; 7] = [
    CoachingQuestion {
        number: 1,
        question: "What's on your mind?",
        name: "The kickstart question",
        when: "To open a one-on-one or development conversation and let the most important issue surface first.",
    },
    CoachingQuestion {
        number: 2,
        question: "And what else?",
        name: "The AWE question",
        when: "After any answer, before you offer advice: it surfaces more options and stops you solving the wrong problem.",
    },
    CoachingQuestion {
        number: 3,
        question: "What's the real challenge here for you?",
        name: "The focus question",
        when: "When several issues are on the table, to get to this person's own obstacle rather than the general problem.",
    },
    CoachingQuestion {
        number: 4,
        question: "What do you want?",
        name: "The foundation question",
        when: "When goals are fuzzy or a conversation is stuck: it makes the wanted outcome explicit.",
    },
    CoachingQuestion {
        number: 5,
        question: "How can I help?",
        name: "The lazy question",
        when: "Before you jump in with support, so they ask for what they actually need and own the next step.",
    },
    CoachingQuestion {
        number: 6,
        question: "If you're saying yes to this, what are you saying no to?",
        name: "The strategic question",
        when: "When someone takes on a stretch goal or new project, to name the trade-offs and what has to give.",
    },
    CoachingQuestion {
        number: 7,
        question: "What was most useful for you?",
        name: "The learning question",
        when: "At the end of the conversation, to consolidate what they learned and improve the next one.",
    },
];

/// A template that opens as a new draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// Stable id (`a-z`, `-`).
    pub id: &'static str,
    /// The name in the menu; also the new draft's title.
    pub title: &'static str,
    /// One line on when to use it.
    pub about: &'static str,
    /// The draft's text, with `[placeholders]`.
    pub text: &'static str,
}

pub const TEMPLATES: [Template; 4] = [
    Template {
        id: "monthly-development",
        title: "Monthly development conversation",
        about: "About an hour: opening, exploration, goal setting, action planning, support.",
        text: "\
Monthly development conversation with [name], [date]

Opening (5–10 minutes)
How are things going overall? [well-being, work satisfaction, recent experiences]

Exploration (15–20 minutes)
What's on your mind? And what else? [current challenges, interests and aspirations]
What's the real challenge here for you? [their own obstacle, in their words]

Goal setting (10–15 minutes)
Development goal: [one specific skill or experience]
We'll know it worked when: [success criteria you both agree on]

Action planning (10–15 minutes)
Next steps: [concrete step, e.g. lead the design review on the billing service] by [date]
Resources: [course, mentor, project or time needed]

Support (5–10 minutes)
How can I help? [what they asked for]
Follow-up: [when we check in next]
",
    },
    Template {
        id: "quarterly-review",
        title: "Quarterly development review",
        about: "Progress, goals, skill gaps, opportunities and the long-term vision.",
        text: "\
Quarterly development review: [name], [quarter]

Progress: [what moved toward last quarter's goals, with an example]
Achievement to celebrate: [specific work and its impact]

Goal adjustment: [which goals change, and why: new interests, opportunities or circumstances]

Skill gaps: [capabilities needed for the next step in their career]

Opportunities: [project, role or experience that builds those skills next quarter]

Long-term vision: [where they want to be in two to three years]
Development strategy for next quarter: [what we'll do differently]
",
    },
    Template {
        id: "growth-challenge",
        title: "Growth-oriented challenge framework",
        about: "Current state, future state, gap, plan and progress for one person's growth.",
        text: "\
Growth plan for [name]

Current state: [where their technical skills and career readiness are now, with an example]

Future state: [the role or capability they want to grow into]

Gap: [the specific skills, experiences or capabilities to develop]

Plan: [concrete actions, projects and learning opportunities], starting [date]

Progress: [how we'll measure it], reviewed [how often]; we'll celebrate [milestone]
",
    },
    Template {
        id: "sbi",
        title: "Situation–Behavior–Impact",
        about: "A skeleton for one piece of feedback: situation, behavior, impact, next step.",
        text: "\
In [situation: when and where, e.g. Tuesday's planning meeting], you [behavior: what you saw or heard, e.g. presented the migration plan with a rollback step]. \
The impact was [impact: what it changed for the team, the work or the customer]. \
[Next step: a question or request, e.g. Could you share the plan with the support team?]
",
    },
];

/// The template with this id.
pub fn template(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}

/// The text after inserting `question` at the byte range `start..end` of `text` (a selection is
/// replaced), with a space before it when it would touch the previous word, and the byte offset
/// of the caret after it. Offsets are clamped to char boundaries, so any input is safe.
pub fn insert_question(text: &str, start: usize, end: usize, question: &str) -> (String, usize) {
    let clamp = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = {
        let (a, b) = (clamp(start), clamp(end));
        (a.min(b), a.max(b))
    };
    let before = &text[..start];
    let after = &text[end..];
    let mut insert = String::new();
    if before.chars().last().is_some_and(|c| !c.is_whitespace()) {
        insert.push(' ');
    }
    insert.push_str(question);
    if after.chars().next().is_some_and(|c| !c.is_whitespace()) {
        insert.push(' ');
    }
    let caret =
        start + insert.len() - usize::from(insert.ends_with(' ') && !question.ends_with(' '));
    (format!("{before}{insert}{after}"), caret)
}
