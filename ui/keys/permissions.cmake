# The permission editor, the policy diff dialog and the "Edit permissions" dialog (issue 7).
target_sources(keydesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PermissionEditor.h ${CMAKE_CURRENT_LIST_DIR}/PermissionEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PermissionEditor.ui
    ${CMAKE_CURRENT_LIST_DIR}/PolicyDiffDialog.h ${CMAKE_CURRENT_LIST_DIR}/PolicyDiffDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PolicyDiffDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/PermissionEditorDialog.h ${CMAKE_CURRENT_LIST_DIR}/PermissionEditorDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PermissionEditorDialog.ui
)
