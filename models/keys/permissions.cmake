# PermissionCatalog and the permission tree model (issue 7). The catalog's data file is embedded by
# resources/CMakeLists.txt (:/permissions/restricted-permissions.txt).
target_sources(keydesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PermissionCatalog.h ${CMAKE_CURRENT_LIST_DIR}/PermissionCatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PermissionTreeModel.h ${CMAKE_CURRENT_LIST_DIR}/PermissionTreeModel.cpp
)
