# PermissionCatalog and the permission tree model (issue 7).
