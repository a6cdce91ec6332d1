// Upserts entities by id: the common :Entity label plus exactly one kind label (a changed kind moves the label).
// $rows: [{id, hash, kind, props}]; props holds every stored property.
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, CASE WHEN old IS NULL THEN 'inserted' WHEN old.hash = row.hash THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (n:Entity {id: row.id})
SET n = row.props
REMOVE n:Organization:Person:GovernmentBody:Place:Project:Product:SanctionsList:Event
FOREACH (_ IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.kind = 'GovernmentBody' THEN [1] ELSE [] END | SET n:GovernmentBody)
FOREACH (_ IN CASE WHEN row.kind = 'Place' THEN [1] ELSE [] END | SET n:Place)
FOREACH (_ IN CASE WHEN row.kind = 'Project' THEN [1] ELSE [] END | SET n:Project)
FOREACH (_ IN CASE WHEN row.kind = 'Product' THEN [1] ELSE [] END | SET n:Product)
FOREACH (_ IN CASE WHEN row.kind = 'SanctionsList' THEN [1] ELSE [] END | SET n:SanctionsList)
FOREACH (_ IN CASE WHEN row.kind = 'Event' THEN [1] ELSE [] END | SET n:Event)
RETURN outcome, count(*) AS n
