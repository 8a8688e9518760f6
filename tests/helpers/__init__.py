"""What the tests share: sample briefings, document readers and checkers, the robustness suite's
command-line runner. Test files import from here, never from one another."""
