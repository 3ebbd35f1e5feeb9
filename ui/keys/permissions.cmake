# The permission editor and the policy diff dialog (issue 7).
